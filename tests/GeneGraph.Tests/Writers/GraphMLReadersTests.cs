using System.Globalization;
using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers;

/// <summary>
/// The GraphML file read by the JavaScript readers people use — cytoscape-graphml (Cytoscape.js, in headless
/// Chromium) and graphology-graphml (node) — compared value by value with the JSON export, for the thesis vault
/// graph and the graph of hostile strings (networkx has its own test, GraphMLNetworkxRoundTripTests).
/// Expectations come from the JSON document and docs/graphml-format.md, not from the writer.
/// </summary>
public sealed class GraphMLReadersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-readers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Readers => ["graphology", "cytoscape"];

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_hostile_strings_graph_reads_back_exactly(string reader)
    {
        NodeScripts.Require(chromium: reader == "cytoscape");
        var graph = WriterTestGraph.Build();
        var (nodes, _) = AssertReaderMatchesJson(reader, graph);
        // the nasty strings really went through: leading spaces, CRLF, a lone CR, tab, quotes, <, &, emoji, combining marks
        var lif = nodes.Single(n => n.Value.GetProperty("kind")[1].GetString() == "Gene" && n.Value.GetProperty("name")[1].GetString() == "LIF").Value;
        Assert.StartsWith(WriterTestGraph.Whitespace + WriterTestGraph.Quotes + "\n" + WriterTestGraph.Unicode,
            lif.GetProperty("ncbiSummary")[1].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_thesis_vault_graph_reads_back_exactly(string reader)
    {
        NodeScripts.Require(chromium: reader == "cytoscape");
        var graph = GeneGraph.Pipeline.VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        Assert.True(graph.EdgeCount > 500);
        var (_, edges) = AssertReaderMatchesJson(reader, graph);
        // what Cytoscape styles map: numeric r and absR on every correlation (graphology types them from attr.type)
        var correlations = edges.Where(e => e.GetProperty("interaction")[1].GetString() == "CORRELATES_WITH").ToList();
        Assert.Equal(graph.EdgesOfType(RelationshipType.CorrelatesWith).Count(), correlations.Count);
        foreach (var e in correlations)
        {
            var r = double.Parse(e.GetProperty("r")[1].GetString()!, CultureInfo.InvariantCulture);
            Assert.Equal(Math.Abs(r), double.Parse(e.GetProperty("absR")[1].GetString()!, CultureInfo.InvariantCulture));
            if (reader == "graphology") Assert.Equal("number", e.GetProperty("r")[0].GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_partial_export_with_its_graph_data_reads_back_exactly(string reader)
    {
        NodeScripts.Require(chromium: reader == "cytoscape");
        var whole = GeneGraph.Pipeline.VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        var part = GeneGraph.Selection.Subgraph.Select(whole, new GeneGraph.Selection.GraphSelection { Traits = ["sPAP"], MinAbsR = 0.5 });
        Assert.Equal(2, part.Properties.Count);
        Assert.InRange(part.NodeCount, 10, whole.NodeCount - 1);
        AssertReaderMatchesJson(reader, part);
    }

    private (Dictionary<string, JsonElement> Nodes, List<JsonElement> Edges) AssertReaderMatchesJson(string reader, KnowledgeGraph graph)
    {
        var path = Path.Combine(_folder, "graph.graphml");
        new GraphMLWriter().Write(graph, new FileTarget(path));
        using var json = JsonDocument.Parse(WriterTests.Bytes(new JsonGraphWriter(), graph));
        using var read = NodeScripts.RunJson(reader == "cytoscape" ? "cytoscape-graphml.mjs" : "graphology-graphml.mjs", path);
        Assert.Empty(read.RootElement.GetProperty("errors").EnumerateArray());

        var jsonNodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var jsonEdges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var readNodes = read.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.Clone()).ToList();
        var readEdges = read.RootElement.GetProperty("edges").EnumerateArray().Select(e => e.Clone()).ToList();
        Assert.Equal(graph.NodeCount, readNodes.Count);
        Assert.Equal(graph.EdgeCount, readEdges.Count);

        var nodeRows = jsonNodes.ToDictionary(n => n.GetProperty("id").GetString()!, n => Row(n, NodeBuiltIns(n)));
        var edgeRows = jsonEdges.ToDictionary(e => e.GetProperty("id").GetString()!, e => Row(e, EdgeBuiltIns(e)));
        var nodeKinds = ColumnKinds(nodeRows.Values);
        var edgeKinds = ColumnKinds(edgeRows.Values);
        // attribute names: the column, e_-prefixed on edges when a node has it; cytoscape-graphml names by key id,
        // which is k_-prefixed where Cytoscape.js reserves the name (id, source, target, parent)
        string NodeName(string column) => Shown(reader, column);
        string EdgeName(string column) => Shown(reader, nodeKinds.ContainsKey(column) ? GraphMLWriter.EdgeKeyPrefix + column : column);

        var uidByElement = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodesByUid = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var node in readNodes)
        {
            var attributes = node.GetProperty("attributes");
            var uid = attributes.GetProperty("kind")[1].GetString() + ":" + attributes.GetProperty(NodeName("id"))[1].GetString();
            Assert.True(nodeRows.TryGetValue(uid, out var expected), $"{reader} has a node {uid} the JSON has not");
            uidByElement.Add(node.GetProperty("id").GetString()!, uid);
            nodesByUid.Add(uid, attributes);
            AssertAttributes(reader, uid, expected, nodeKinds, NodeName, attributes);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var edges = new List<JsonElement>();
        foreach (var edge in readEdges)
        {
            var attributes = edge.GetProperty("attributes");
            var uid = $"{uidByElement[edge.GetProperty("source").GetString()!]}|{attributes.GetProperty("label")[1].GetString()}|" +
                      uidByElement[edge.GetProperty("target").GetString()!];
            Assert.True(edgeRows.TryGetValue(uid, out var expected), $"{reader} has an edge {uid} the JSON has not");
            Assert.True(seen.Add(uid), $"{reader} has the edge {uid} twice");
            AssertAttributes(reader, uid, expected, edgeKinds, EdgeName, attributes);
            edges.Add(attributes);
        }
        Assert.Equal(edgeRows.Count, seen.Count);
        return (nodesByUid, edges);
    }

    private static string Shown(string reader, string attributeName) =>
        reader == "cytoscape" && GraphMLWriter.CytoscapeReservedNames.Contains(attributeName)
            ? GraphMLWriter.ReservedKeyIdPrefix + attributeName
            : attributeName;

    private enum Kind
    {
        Str,
        Int,
        Float,
        Bool,
        List,
        Mixed,
    }

    private sealed record Cell(Kind Kind, string Text, IReadOnlyList<string>? Items = null);

    private static Dictionary<string, Cell> NodeBuiltIns(JsonElement node)
    {
        var properties = node.GetProperty("properties");
        var key = node.GetProperty("key").GetString()!;
        string? Text(string name) => properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new(StringComparer.Ordinal)
        {
            ["labels"] = new(Kind.Str, ":" + node.GetProperty("label").GetString()),
            ["name"] = new(Kind.Str, Text("name") ?? Text("symbol") ?? key),
            ["kind"] = new(Kind.Str, node.GetProperty("label").GetString()!),
            ["id"] = new(Kind.Str, key),
            ["sources"] = Sources(node),
        };
    }

    private static Dictionary<string, Cell> EdgeBuiltIns(JsonElement edge) => new(StringComparer.Ordinal)
    {
        ["label"] = new(Kind.Str, edge.GetProperty("type").GetString()!),
        ["interaction"] = new(Kind.Str, edge.GetProperty("type").GetString()!),
        ["sources"] = Sources(edge),
    };

    private static Cell Sources(JsonElement element) => new(Kind.List, "", element.GetProperty("sources").EnumerateArray()
        .Select(s => (Path: s.GetProperty("path").GetString()!, Line: s.GetProperty("line").GetInt32()))
        .Select(s => s.Line > 0 ? $"{s.Path}:{s.Line.ToString(CultureInfo.InvariantCulture)}" : s.Path)
        .ToList());

    private static Dictionary<string, Cell> Row(JsonElement element, Dictionary<string, Cell> builtIns)
    {
        var row = new Dictionary<string, Cell>(builtIns, StringComparer.Ordinal);
        foreach (var property in element.GetProperty("properties").EnumerateObject())
        {
            var value = property.Value;
            var cell = value.ValueKind switch
            {
                JsonValueKind.String => new Cell(Kind.Str, value.GetString()!),
                JsonValueKind.Number => new Cell(value.GetRawText().AsSpan().IndexOfAny(".eE") >= 0 ? Kind.Float : Kind.Int, value.GetRawText()),
                JsonValueKind.True => new Cell(Kind.Bool, "true"),
                JsonValueKind.False => new Cell(Kind.Bool, "false"),
                JsonValueKind.Array => new Cell(Kind.List, "", value.EnumerateArray().Select(i => i.GetString()!).ToList()),
                _ => throw new InvalidOperationException(value.GetRawText()),
            };
            var column = property.Name;
            if (builtIns.TryGetValue(column, out var builtIn))
            {
                if (builtIn.Kind == cell.Kind && builtIn.Text == cell.Text) continue;
                column = GraphMLWriter.PropertyPrefix + column;
            }
            row.Add(column, cell);
        }
        return row;
    }

    private static Dictionary<string, Kind> ColumnKinds(IEnumerable<Dictionary<string, Cell>> rows)
    {
        var kinds = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var (column, cell) in rows.SelectMany(r => r))
            kinds[column] = kinds.TryGetValue(column, out var seen) && seen != cell.Kind ? Kind.Mixed : cell.Kind;
        return kinds;
    }

    private static void AssertAttributes(string reader, string element, Dictionary<string, Cell> expected, Dictionary<string, Kind> kinds,
        Func<string, string> name, JsonElement actual)
    {
        Assert.Equal(expected.Keys.Select(name).Order(StringComparer.Ordinal),
            actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        // graphology types values from attr.type; cytoscape-graphml keeps every value as the element's text
        var typed = reader == "graphology";
        foreach (var (column, cell) in expected)
        {
            var value = actual.GetProperty(name(column));
            var type = value[0].GetString();
            var text = value[1].GetString()!;
            var where = $"{reader} {element}.{column}";
            switch (kinds[column])
            {
                case Kind.Str:
                    Assert.True(type == "string", where);
                    Assert.True(ValueText.XmlSafe(cell.Text) == text,
                        $"{where}: expected {JsonSerializer.Serialize(ValueText.XmlSafe(cell.Text))}, got {JsonSerializer.Serialize(text)}");
                    break;
                case Kind.Mixed or Kind.List:
                    Assert.True(type == "string", where);
                    if (cell.Kind == Kind.List) Assert.Equal(cell.Items, JsonSerializer.Deserialize<string[]>(text));
                    else Assert.Equal(cell.Kind == Kind.Str ? ValueText.XmlSafe(cell.Text) : cell.Text, text);
                    break;
                case Kind.Int:
                    Assert.True(type == (typed ? "number" : "string"), where);
                    Assert.Equal(long.Parse(cell.Text, CultureInfo.InvariantCulture), long.Parse(text, CultureInfo.InvariantCulture));
                    break;
                case Kind.Float:
                    Assert.True(type == (typed ? "number" : "string"), where);
                    Assert.True(BitConverter.DoubleToInt64Bits(double.Parse(cell.Text, CultureInfo.InvariantCulture)) ==
                                BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), $"{where}: {cell.Text} vs {text}");
                    break;
                case Kind.Bool:
                    Assert.True(type == (typed ? "boolean" : "string"), where);
                    Assert.Equal(cell.Text, text);
                    break;
            }
        }
    }
}
