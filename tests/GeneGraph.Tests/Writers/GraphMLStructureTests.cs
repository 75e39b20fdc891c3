using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Writers;

/// <summary>
/// The GraphML schema cannot be fetched offline, so these tests check the rules it and the readers impose
/// (key declarations, ids, types, data references) on the parsed document.
/// </summary>
public sealed class GraphMLStructureTests
{
    internal static readonly XNamespace G = GraphMLWriter.GraphMLNamespace;
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly string[] AttrTypes = ["boolean", "int", "long", "float", "double", "string"];

    private static (KnowledgeGraph Graph, string Text, XDocument Xml) Write()
    {
        var graph = WriterTestGraph.Build();
        var text = new UTF8Encoding(false, true).GetString(WriterTests.Bytes(new GraphMLWriter(), graph));
        return (graph, text, XDocument.Parse(text, LoadOptions.PreserveWhitespace));
    }

    [Fact]
    public void Document_has_the_GraphML_root_schema_location_and_one_directed_graph_after_the_keys()
    {
        var (_, text, xml) = Write();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", text, StringComparison.Ordinal);
        var root = xml.Root!;
        Assert.Equal(G + "graphml", root.Name);
        Assert.Equal("http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            root.Attribute(Xsi + "schemaLocation")?.Value);
        var children = root.Elements().ToList();
        Assert.Equal(G + "graph", children[^1].Name);
        Assert.All(children[..^1], c => Assert.Equal(G + "key", c.Name));
        var graph = children[^1];
        Assert.Equal("G", graph.Attribute("id")?.Value);
        Assert.Equal("directed", graph.Attribute("edgedefault")?.Value);
        Assert.All(graph.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "node", "edge" }));
        // nodes before edges
        var names = graph.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), names);
    }

    [Fact]
    public void Keys_are_declared_node_keys_first_with_distinct_ids_equal_to_their_names_and_allowed_types()
    {
        var (_, _, xml) = Write();
        var keys = xml.Root!.Elements(G + "key").ToList();
        var domains = keys.Select(k => k.Attribute("for")!.Value).ToList();
        Assert.Equal(domains.OrderBy(d => d == "node" ? 0 : 1), domains);
        Assert.Equal(keys.Count, keys.Select(k => k.Attribute("id")!.Value).Distinct(StringComparer.Ordinal).Count());
        foreach (var key in keys)
        {
            var id = key.Attribute("id")!.Value;
            // the key id is the attribute name, except the names Cytoscape.js reserves in element data
            var name = key.Attribute("attr.name")!.Value;
            Assert.Equal(GraphMLWriter.CytoscapeReservedNames.Contains(name) ? GraphMLWriter.ReservedKeyIdPrefix + name : name, id);
            Assert.DoesNotContain(id, GraphMLWriter.CytoscapeReservedNames);
            XmlConvert.VerifyNMTOKEN(id);
            Assert.Contains(key.Attribute("attr.type")?.Value, AttrTypes);
            Assert.Contains(key.Attribute("for")?.Value, new[] { "node", "edge" });
            if (key.Attribute("attr.list") is { } list)
            {
                Assert.Equal("string", list.Value);
                Assert.Equal("string", key.Attribute("attr.type")!.Value);
            }
        }
        string TypeOf(string domain, string id) =>
            keys.Single(k => k.Attribute("for")!.Value == domain && k.Attribute("id")!.Value == id).Attribute("attr.type")!.Value;
        var nodeIds = keys.Where(k => k.Attribute("for")!.Value == "node").Select(k => k.Attribute("id")!.Value).ToList();
        var edgeIds = keys.Where(k => k.Attribute("for")!.Value == "edge").Select(k => k.Attribute("id")!.Value).ToList();
        Assert.Equal(["labels", "name", "kind", "k_id", "sources"], nodeIds.Take(GraphMLWriter.NodeColumns.Count));
        Assert.Equal(["label", "interaction", "e_sources"], edgeIds.Take(3));
        Assert.Contains("e_url", edgeIds); // an edge property named like a node key
        Assert.Contains("p_kind", nodeIds); // a node property named like a built-in column, with another value
        Assert.Equal("long", TypeOf("node", "ncbiGeneId"));
        Assert.Equal("long", TypeOf("node", "start"));
        Assert.Equal("double", TypeOf("edge", "r"));
        Assert.Equal("double", TypeOf("edge", "absR"));
        Assert.Equal("boolean", TypeOf("node", "curated"));
        Assert.Equal("string", TypeOf("node", "score")); // long, double and string values: falls back to string
        Assert.Equal("string", keys.Single(k => k.Attribute("id")!.Value == "aliases").Attribute("attr.list")?.Value);
        Assert.Equal("string", keys.Single(k => k.Attribute("id")!.Value == "sources").Attribute("attr.list")?.Value);
    }

    [Fact]
    public void Every_data_references_a_key_declared_for_its_element_and_holds_a_value_of_its_type()
    {
        var (graph, _, xml) = Write();
        var keys = xml.Root!.Elements(G + "key").ToDictionary(
            k => (k.Attribute("for")!.Value, k.Attribute("id")!.Value), k => k.Attribute("attr.type")!.Value);
        var graphElement = xml.Root!.Element(G + "graph")!;
        var nodes = graphElement.Elements(G + "node").ToList();
        var edges = graphElement.Elements(G + "edge").ToList();
        Assert.Equal(graph.NodeCount, nodes.Count);
        Assert.Equal(graph.EdgeCount, edges.Count);
        var nodeIds = nodes.Select(n => n.Attribute("id")!.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(nodes.Count, nodeIds.Count);
        foreach (var element in nodes.Concat(edges))
        {
            var domain = element.Name.LocalName;
            XmlConvert.VerifyNMTOKEN(element.Attribute("id")!.Value);
            Assert.All(element.Elements(), d => Assert.Equal(G + "data", d.Name));
            var data = element.Elements(G + "data").ToList();
            Assert.Equal(data.Count, data.Select(d => d.Attribute("key")!.Value).Distinct(StringComparer.Ordinal).Count());
            foreach (var d in data)
            {
                var key = d.Attribute("key")!.Value;
                Assert.True(keys.TryGetValue((domain, key), out var type), $"{domain} data '{key}' has no key declared for {domain}");
                switch (type)
                {
                    case "long":
                        long.Parse(d.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                        break;
                    case "double":
                        double.Parse(d.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                        break;
                    case "boolean":
                        Assert.Contains(d.Value, new[] { "true", "false" });
                        break;
                }
            }
            var present = data.Select(d => d.Attribute("key")!.Value).ToList();
            if (domain == "node")
            {
                Assert.Equal(["labels", "name", "kind", "k_id", "sources"], present.Take(GraphMLWriter.NodeColumns.Count));
                Assert.StartsWith(":", data[0].Value, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(["label", "interaction", "e_sources"], present.Take(3)); // APOC reads the type from the first data
                Assert.Equal(data[0].Value, data[1].Value);
                Assert.Contains(element.Attribute("source")!.Value, nodeIds);
                Assert.Contains(element.Attribute("target")!.Value, nodeIds);
            }
        }
    }

    [Fact]
    public void Nodes_and_edges_follow_the_graph_order_with_their_columns()
    {
        var (graph, _, xml) = Write();
        var graphElement = xml.Root!.Element(G + "graph")!;
        string Data(XElement e, string key) => e.Elements(G + "data").Single(d => d.Attribute("key")!.Value == key).Value;
        var nodes = graphElement.Elements(G + "node").ToList();
        Assert.Equal(graph.Nodes.Select(n => ":" + n.Label), nodes.Select(n => Data(n, "labels")));
        Assert.Equal(graph.Nodes.Select(n => n.Label.ToString()), nodes.Select(n => Data(n, "kind")));
        Assert.Equal(graph.Nodes.Select(n => ValueText.XmlSafe(n.Key)), nodes.Select(n => Data(n, "k_id")));
        Assert.Equal(graph.Nodes.Select(n => ValueText.XmlSafe(n.DisplayName)), nodes.Select(n => Data(n, "name")));
        var edges = graphElement.Elements(G + "edge").ToList();
        Assert.Equal(graph.Edges.Select(e => e.Type.Name()), edges.Select(e => Data(e, "interaction")));
        var osm = nodes.Single(n => Data(n, "k_id") == "OSM");
        Assert.Equal("[\"genes/LIF.md:25\",\"genes/Zürich β/OSM note.md\"]", Data(osm, "sources")); // ordinal path order
        // characters XML 1.0 cannot carry were replaced, the rest kept (CR survives as a character reference)
        Assert.Equal(ValueText.XmlSafe(WriterTestGraph.XmlIllegal), Data(osm, "ncbiSummary"));
        var lif = nodes.Single(n => Data(n, "k_id") == "LIF");
        Assert.StartsWith(WriterTestGraph.Whitespace, Data(lif, "ncbiSummary"), StringComparison.Ordinal);
        Assert.Equal("protein-coding gene", Data(lif, "p_kind"));
    }
}
