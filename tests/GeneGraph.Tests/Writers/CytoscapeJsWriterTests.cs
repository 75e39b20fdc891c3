using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers;

/// <summary>The .cyjs export: the Cytoscape.js elements layout, every value as the JSON export has it.</summary>
public sealed class CytoscapeJsWriterTests
{
    [Fact]
    public void The_format_is_registered_by_name_and_extension()
    {
        Assert.IsType<CytoscapeJsWriter>(GraphWriters.ByFormat("cyjs"));
        Assert.IsType<CytoscapeJsWriter>(GraphWriters.ForPath("out/graph.CYJS"));
    }

    [Fact]
    public void Every_node_and_edge_carries_its_ids_columns_and_properties_as_the_JSON_export()
    {
        var graph = WriterTestGraph.Build();
        using var cyjs = JsonDocument.Parse(WriterTests.Bytes(new CytoscapeJsWriter(), graph));
        using var json = JsonDocument.Parse(WriterTests.Bytes(new JsonGraphWriter(), graph));
        var elements = cyjs.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = elements.GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var jsonNodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var jsonEdges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(jsonNodes.Count, nodes.Count);
        Assert.Equal(jsonEdges.Count, edges.Count);
        Assert.Equal(nodes.Count + edges.Count, nodes.Concat(edges).Select(d => d.GetProperty("id").GetString()).Distinct().Count());

        foreach (var (data, expected) in nodes.Zip(jsonNodes))
        {
            Assert.Equal(expected.GetProperty("id").GetString(), data.GetProperty("id").GetString());
            Assert.Equal(expected.GetProperty("label").GetString(), data.GetProperty("kind").GetString());
            Assert.Equal(expected.GetProperty("key").GetString(), data.GetProperty("key").GetString());
            Assert.Equal(JsonValueKind.String, data.GetProperty("name").ValueKind);
            AssertSources(expected, data);
            AssertProperties(expected, data, ["id", "name", "kind", "key", "sources"]);
        }
        var nodeIds = nodes.Select(n => n.GetProperty("id").GetString()).ToHashSet();
        foreach (var (data, expected) in edges.Zip(jsonEdges))
        {
            Assert.Equal(expected.GetProperty("id").GetString(), data.GetProperty("id").GetString());
            Assert.Equal(expected.GetProperty("source").GetString(), data.GetProperty("source").GetString());
            Assert.Equal(expected.GetProperty("target").GetString(), data.GetProperty("target").GetString());
            Assert.Contains(data.GetProperty("source").GetString(), nodeIds);
            Assert.Equal(expected.GetProperty("type").GetString(), data.GetProperty("interaction").GetString());
            AssertSources(expected, data);
            AssertProperties(expected, data, ["id", "source", "target", "interaction", "name", "sources"]);
            if (data.GetProperty("interaction").GetString() == "CORRELATES_WITH")
            {
                Assert.Equal(JsonValueKind.Number, data.GetProperty("r").ValueKind);
                Assert.Equal(Math.Abs(data.GetProperty("r").GetDouble()), data.GetProperty("absR").GetDouble());
            }
        }
        var lif = nodes.Single(n => n.GetProperty("id").GetString() == "Gene:LIF");
        Assert.Equal("protein-coding gene", lif.GetProperty("p_kind").GetString()); // a property named like a column, another value
        Assert.StartsWith(WriterTestGraph.Whitespace + WriterTestGraph.Quotes, lif.GetProperty("ncbiSummary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_style_colours_each_kind_and_each_correlation_by_sign_with_width_by_abs_r()
    {
        NodeScripts.Require(chromium: false);
        var graph = GeneGraph.Pipeline.VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        var file = Path.Combine(Path.GetTempPath(), $"genegraph-style-{Guid.NewGuid():N}.cyjs");
        try
        {
            new CytoscapeJsWriter().Write(graph, new FileTarget(file));
            using var seen = NodeScripts.RunJson("cytoscape-style.mjs", file, Path.Combine(RepoPaths.RepoRoot(), "cytoscape", "genegraph-style.json"));
            var root = seen.RootElement;
            Assert.Empty(root.GetProperty("warnings").EnumerateArray());
            Assert.Equal(graph.NodeCount, root.GetProperty("nodes").GetInt32());
            Assert.Equal(graph.EdgeCount, root.GetProperty("edges").GetInt32());
            var kinds = root.GetProperty("kinds").EnumerateObject().ToList();
            Assert.Equal(Enum.GetNames<NodeLabel>().Order(), kinds.Select(k => k.Name).Order());
            Assert.Equal(kinds.Count, kinds.Select(k => k.Value.GetProperty("color").GetString()).Distinct().Count());
            Assert.Equal(kinds.Count, kinds.Select(k => k.Value.GetProperty("shape").GetString()).Distinct().Count());
            var correlations = root.GetProperty("correlations").EnumerateArray()
                .Select(c => (R: c.GetProperty("r").GetDouble(), Color: c.GetProperty("color").GetString(), Width: c.GetProperty("width").GetDouble())).ToList();
            Assert.Equal(graph.EdgesOfType(RelationshipType.CorrelatesWith).Count(), correlations.Count);
            Assert.All(correlations.Where(c => c.R > 0), c => Assert.Equal("rgb(214,39,40)", c.Color));
            Assert.All(correlations.Where(c => c.R < 0), c => Assert.Equal("rgb(31,95,191)", c.Color));
            var byAbsR = correlations.OrderBy(c => Math.Abs(c.R)).Select(c => c.Width).ToList();
            Assert.Equal(byAbsR.Order(), byAbsR); // wider with |r|
            Assert.True(byAbsR[^1] > byAbsR[0]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void AssertSources(JsonElement expected, JsonElement data) =>
        Assert.Equal(
            expected.GetProperty("sources").EnumerateArray().Select(s => new SourceRef(s.GetProperty("path").GetString()!, s.GetProperty("line").GetInt32()).ToString()),
            data.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));

    private static string Compact(JsonElement value) => JsonSerializer.Serialize(value);

    /// <summary>Each JSON property is in data under its name, or p_name when a column of that name shows another value.</summary>
    private static void AssertProperties(JsonElement expected, JsonElement data, string[] columns)
    {
        var seen = new HashSet<string>(columns);
        foreach (var property in expected.GetProperty("properties").EnumerateObject())
        {
            var name = property.Name;
            if (columns.Contains(name) && Compact(data.GetProperty(name)) == Compact(property.Value)) continue;
            if (columns.Contains(name)) name = GraphMLWriter.PropertyPrefix + name;
            Assert.Equal(Compact(property.Value), Compact(data.GetProperty(name)));
            seen.Add(name);
        }
        Assert.Equal(seen.Order(StringComparer.Ordinal), data.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
