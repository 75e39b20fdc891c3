using System.Text;
using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Writers;

public sealed class WriterTests
{
    internal static byte[] Bytes(StreamGraphWriter writer, KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        writer.Write(graph, stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("json")]
    public void Writing_the_same_graph_twice_gives_identical_bytes(string format)
    {
        var writer = (StreamGraphWriter)GraphWriters.ByFormat(format)!;
        var graph = WriterTestGraph.Build();
        var first = Bytes(writer, graph);
        Assert.Equal(first, Bytes(writer, graph));
        Assert.Equal(first, Bytes(writer, WriterTestGraph.Build()));
        // the builder merges notes in path order, so the order notes arrive in does not change a byte
        var inOrder = new GraphBuilder(new GeneGraph.Diagnostics.DiagnosticBag()).Build(WriterTestGraph.Notes());
        var reversed = new GraphBuilder(new GeneGraph.Diagnostics.DiagnosticBag()).Build(WriterTestGraph.Notes().Reverse());
        Assert.Equal(Bytes(writer, inOrder), Bytes(writer, reversed));
    }

    [Theory]
    [InlineData("graphml")]
    [InlineData("json")]
    public void Output_is_UTF8_without_BOM_and_leaves_the_stream_open(string format)
    {
        var writer = (StreamGraphWriter)GraphWriters.ByFormat(format)!;
        using var stream = new MemoryStream();
        writer.Write(WriterTestGraph.Build(), stream);
        Assert.True(stream.CanWrite, "the writer must not close the caller's stream");
        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no BOM");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.DoesNotContain("\r\n", text.Replace("\\r\\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_finds_writers_by_format_name_and_extension()
    {
        Assert.IsType<GraphMLWriter>(GraphWriters.ByFormat("graphml"));
        Assert.IsType<GraphMLWriter>(GraphWriters.ByFormat("GraphML"));
        Assert.IsType<JsonGraphWriter>(GraphWriters.ByFormat("json"));
        Assert.IsType<GraphMLWriter>(GraphWriters.ByExtension(".graphml"));
        Assert.IsType<GraphMLWriter>(GraphWriters.ByExtension("graphml"));
        Assert.IsType<JsonGraphWriter>(GraphWriters.ByExtension(".JSON"));
        Assert.IsType<GraphMLWriter>(GraphWriters.ForPath("out/vault graph.GraphML"));
        Assert.IsType<JsonGraphWriter>(GraphWriters.ForPath("/tmp/x.json"));
        Assert.Null(GraphWriters.ByFormat("csv"));
        Assert.Null(GraphWriters.ByExtension(".xml"));
        Assert.Null(GraphWriters.ByExtension(""));
        Assert.Null(GraphWriters.ForPath("graph"));
        Assert.Equal(["graphml", "json", "cypher", "cypher-3", "cyjs", "neo4j-import", "kgx", "kgx-jsonl"], GraphWriters.FormatNames);
        Assert.All(GraphWriters.All.OfType<StreamGraphWriter>(), w => Assert.StartsWith(".", w.DefaultExtension, StringComparison.Ordinal));
        // a folder format is chosen by its name only, never by an output's extension
        Assert.Null(GraphWriters.ForPath("out/bundle"));
        Assert.IsType<GeneGraph.Writers.Neo4jImport.Neo4jImportBundleWriter>(GraphWriters.ByFormat("neo4j-import"));
    }

    [Fact]
    public void Doubles_are_written_so_they_round_trip_and_never_read_as_integers()
    {
        Assert.Equal("1.0", ValueText.Double(1.0));
        Assert.Equal("-1.0", ValueText.Double(-1.0));
        Assert.Equal("0.567", ValueText.Double(0.567));
        Assert.Equal("1E-07", ValueText.Double(1e-7));
        Assert.Equal("1E+300", ValueText.Double(1e300));
        Assert.Equal("NaN", ValueText.Double(double.NaN));
        Assert.Equal("-Infinity", ValueText.Double(double.NegativeInfinity));
        foreach (var d in new[] { 0.1, 1.0 / 3, -0.1234567890123456, double.Epsilon, double.MaxValue, -0.0 })
            Assert.Equal(BitConverter.DoubleToInt64Bits(d),
                BitConverter.DoubleToInt64Bits(double.Parse(ValueText.Double(d), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Xml_safe_replaces_only_what_XML_1_0_cannot_carry()
    {
        Assert.Same(WriterTestGraph.Unicode, ValueText.XmlSafe(WriterTestGraph.Unicode));
        Assert.Same(WriterTestGraph.Whitespace, ValueText.XmlSafe(WriterTestGraph.Whitespace));
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD\uFFFD 🧬", ValueText.XmlSafe("a\0b\u0001c\uD800d\uDC00e\uFFFE\uFFFF 🧬"));
        Assert.Equal("\uFFFD", ValueText.XmlSafe("\uD83E")); // a high surrogate at the end
    }

    [Fact]
    public void JSON_writer_writes_the_documented_schema()
    {
        var graph = WriterTestGraph.Build();
        using var json = JsonDocument.Parse(Bytes(new JsonGraphWriter(), graph));
        var root = json.RootElement;
        Assert.Equal(["nodes", "edges"], root.EnumerateObject().Select(p => p.Name));
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Uid), nodes.Select(n => n.GetProperty("id").GetString()));
        foreach (var (node, element) in graph.Nodes.Zip(nodes))
        {
            Assert.Equal(["id", "label", "key", "properties", "sources"], element.EnumerateObject().Select(p => p.Name));
            Assert.Equal(node.Label.ToString(), element.GetProperty("label").GetString());
            Assert.Equal(node.Key, element.GetProperty("key").GetString());
            Assert.Equal(node.Properties.Select(p => p.Key), element.GetProperty("properties").EnumerateObject().Select(p => p.Name));
            Assert.Equal(node.Sources.Select(s => (s.Path, s.Line)),
                element.GetProperty("sources").EnumerateArray().Select(s => (s.GetProperty("path").GetString()!, s.GetProperty("line").GetInt32())));
        }
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(graph.Edges.Select(e => e.Uid), edges.Select(e => e.GetProperty("id").GetString()));
        foreach (var (edge, element) in graph.Edges.Zip(edges))
        {
            Assert.Equal(["id", "type", "source", "target", "properties", "sources"], element.EnumerateObject().Select(p => p.Name));
            Assert.Equal(edge.Type.Name(), element.GetProperty("type").GetString());
            Assert.Equal(edge.Source.Uid, element.GetProperty("source").GetString());
            Assert.Equal(edge.Target.Uid, element.GetProperty("target").GetString());
        }

        // values: exact doubles, longs as integers, bools, lists, strings as written (lone surrogates become U+FFFD)
        var correlations = edges.Where(e => e.GetProperty("type").GetString() == "CORRELATES_WITH").ToList();
        Assert.Contains(correlations, e => e.GetProperty("properties").GetProperty("r").GetRawText() == "-1.0");
        Assert.Contains(correlations, e => e.GetProperty("properties").GetProperty("r").GetDouble() == -0.1234567890123456);
        Assert.Contains(correlations, e => e.GetProperty("properties").GetProperty("r").GetDouble() == 1e-7);
        var lif = nodes.Single(n => n.GetProperty("id").GetString() == "Gene:LIF").GetProperty("properties");
        Assert.Equal("3976", lif.GetProperty("ncbiGeneId").GetRawText());
        Assert.Equal(JsonValueKind.True, lif.GetProperty("curated").ValueKind);
        Assert.Equal(["HILDA", "D-factor \"x\"", "", "β <&>", "ctl\u0001 kept in JSON text"],
            lif.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(WriterTestGraph.Whitespace + WriterTestGraph.Quotes + "\n" + WriterTestGraph.Unicode,
            lif.GetProperty("ncbiSummary").GetString());
        var osm = nodes.Single(n => n.GetProperty("id").GetString() == "Gene:OSM").GetProperty("properties");
        Assert.Equal(WriterTestGraph.XmlIllegal.Replace('\uD800', '\uFFFD').Replace('\uDC00', '\uFFFD'),
            osm.GetProperty("ncbiSummary").GetString());
        Assert.Equal("2.5", osm.GetProperty("score").GetRawText());
        var text = Encoding.UTF8.GetString(Bytes(new JsonGraphWriter(), graph));
        Assert.Contains("Zürich", text, StringComparison.Ordinal); // non-ASCII is not escaped
    }

    [Fact]
    public void JSON_writer_writes_non_finite_doubles_as_strings()
    {
        var graph = WriterTestGraph.Build();
        var edge = graph.EdgesOfType(RelationshipType.CorrelatesWith).First();
        edge.Properties.Set("r", double.NaN);
        edge.Properties.Set("absR", double.PositiveInfinity);
        using var json = JsonDocument.Parse(Bytes(new JsonGraphWriter(), graph));
        var properties = json.RootElement.GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == edge.Uid).GetProperty("properties");
        Assert.Equal("NaN", properties.GetProperty("r").GetString());
        Assert.Equal("Infinity", properties.GetProperty("absR").GetString());
    }

    [Fact]
    public void Writers_handle_an_empty_graph()
    {
        var empty = new GraphBuilder(new GeneGraph.Diagnostics.DiagnosticBag()).Build([]);
        using var json = JsonDocument.Parse(Bytes(new JsonGraphWriter(), empty));
        Assert.Equal(0, json.RootElement.GetProperty("nodes").GetArrayLength());
        var xml = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(Bytes(new GraphMLWriter(), empty)));
        Assert.Empty(xml.Root!.Elements(GraphMLStructureTests.G + "key"));
        Assert.Single(xml.Root!.Elements(GraphMLStructureTests.G + "graph"));
    }
}
