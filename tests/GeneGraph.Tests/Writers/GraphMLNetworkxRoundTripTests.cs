using System.Globalization;
using System.Text.Json;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers;

/// <summary>
/// Writes the test graph as GraphML and as JSON, reads the GraphML back with networkx, and checks every node,
/// edge, attribute value and Python type against the JSON document. The expectations are derived from the JSON
/// and the documented GraphML rules (docs/graphml-format.md), not from the GraphML writer's code.
/// </summary>
public sealed class GraphMLNetworkxRoundTripTests : IDisposable
{
    private static readonly string[] NodeBuiltIns = ["labels", "name", "kind", "id", "sources"];
    private static readonly string[] EdgeBuiltIns = ["label", "interaction", "sources"];

    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-graphml-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Networkx_reads_back_every_node_edge_and_value_as_the_JSON_writer_wrote_it()
    {
        if (Networkx.Unavailable() is { } reason) Assert.Skip(reason);
        var graph = WriterTestGraph.Build();
        var (nodeRows, edgeRows, nodeColumns, edgeColumns) = AssertNetworkxMatchesJson(graph);

        // the nasty strings really went through
        var lif = nodeRows["Gene:LIF"];
        Assert.StartsWith(WriterTestGraph.Whitespace, lif["ncbiSummary"].Text, StringComparison.Ordinal);
        Assert.Contains(GraphMLWriter.EdgeKeyPrefix + "sources", edgeColumns.Keys.Select(c => nodeColumns.ContainsKey(c) ? GraphMLWriter.EdgeKeyPrefix + c : c));
        Assert.True(edgeColumns.ContainsKey("url"));
        Assert.True(nodeColumns.ContainsKey(GraphMLWriter.PropertyPrefix + "kind"));
        Assert.Equal(CellKind.Mixed, nodeColumns["score"]);
        Assert.NotEmpty(edgeRows);
    }

    [Fact]
    public void Networkx_reads_the_thesis_vault_graph_as_the_JSON_writer_wrote_it()
    {
        if (Networkx.Unavailable() is { } reason) Assert.Skip(reason);
        var vault = RepoPaths.ThesisVault();
        var graph = GeneGraph.Pipeline.VaultGraph.Build(vault).Graph;
        Assert.True(graph.EdgeCount > 500);
        var (nodeRows, edgeRows, _, _) = AssertNetworkxMatchesJson(graph);
        Assert.Equal(graph.NodeCount, nodeRows.Count);
        Assert.Equal(graph.EdgeCount, edgeRows.Count);
    }

    private (Dictionary<string, Dictionary<string, Cell>> NodeRows, Dictionary<string, Dictionary<string, Cell>> EdgeRows,
        Dictionary<string, CellKind> NodeColumns, Dictionary<string, CellKind> EdgeColumns) AssertNetworkxMatchesJson(GeneGraph.Graph.KnowledgeGraph graph)
    {
        var path = Path.Combine(_folder, "graph.graphml");
        new GraphMLWriter().Write(graph, new FileTarget(path));
        using var json = JsonDocument.Parse(WriterTests.Bytes(new JsonGraphWriter(), graph));
        using var nx = Networkx.Read(path);

        Assert.Equal("DiGraph", nx.RootElement.GetProperty("class").GetString());
        var jsonNodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var jsonEdges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var nxNodes = nx.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var nxEdges = nx.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(graph.NodeCount, jsonNodes.Count);
        Assert.Equal(graph.EdgeCount, jsonEdges.Count);
        Assert.Equal(jsonNodes.Count, nxNodes.Count);
        Assert.Equal(jsonEdges.Count, nxEdges.Count);

        // expected node columns, keyed by node uid
        var nodeRows = jsonNodes.ToDictionary(
            n => n.GetProperty("id").GetString()!,
            n => Row(n, NodeBuiltInCells(n), NodeBuiltIns));
        var nodeColumns = ColumnKinds(nodeRows.Values);
        var edgeRows = jsonEdges.ToDictionary(
            e => e.GetProperty("id").GetString()!,
            e => Row(e, EdgeBuiltInCells(e), EdgeBuiltIns));
        var edgeColumns = ColumnKinds(edgeRows.Values);

        var uidByElementId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var nxNode in nxNodes)
        {
            var attributes = nxNode[1];
            var uid = attributes.GetProperty("kind")[1].GetString() + ":" + attributes.GetProperty("id")[1].GetString();
            Assert.True(nodeRows.TryGetValue(uid, out var expected), $"networkx has a node {uid} the JSON has not");
            uidByElementId.Add(nxNode[0].GetString()!, uid);
            AssertAttributes(uid, expected, nodeColumns, column => column, attributes, ignore: null);
        }
        Assert.Equal(nodeRows.Count, uidByElementId.Count);

        var seenEdges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var nxEdge in nxEdges)
        {
            var attributes = nxEdge[2];
            var uid = $"{uidByElementId[nxEdge[0].GetString()!]}|{attributes.GetProperty("label")[1].GetString()}|" +
                      uidByElementId[nxEdge[1].GetString()!];
            Assert.True(edgeRows.TryGetValue(uid, out var expected), $"networkx has an edge {uid} the JSON has not");
            Assert.True(seenEdges.Add(uid));
            // networkx adds the edge element's id as an "id" attribute of a DiGraph edge
            Assert.Equal("str", attributes.GetProperty("id")[0].GetString());
            Assert.Matches("^e[0-9]+$", attributes.GetProperty("id")[1].GetString());
            AssertAttributes(uid, expected, edgeColumns,
                column => nodeColumns.ContainsKey(column) ? GraphMLWriter.EdgeKeyPrefix + column : column,
                attributes, ignore: "id");
        }
        Assert.Equal(edgeRows.Count, seenEdges.Count);
        return (nodeRows, edgeRows, nodeColumns, edgeColumns);
    }

    private enum CellKind
    {
        Str,
        Int,
        Float,
        Bool,
        List,
        Mixed,
    }

    private sealed record Cell(CellKind Kind, string Text, IReadOnlyList<string>? Items = null);

    private static Dictionary<string, Cell> NodeBuiltInCells(JsonElement node)
    {
        var label = node.GetProperty("label").GetString()!;
        var key = node.GetProperty("key").GetString()!;
        var properties = node.GetProperty("properties");
        var name = NameOrSymbol(properties, "name") ?? NameOrSymbol(properties, "symbol") ?? key;
        return new(StringComparer.Ordinal)
        {
            ["labels"] = new(CellKind.Str, ":" + label),
            ["name"] = new(CellKind.Str, name),
            ["kind"] = new(CellKind.Str, label),
            ["id"] = new(CellKind.Str, key),
            ["sources"] = Sources(node),
        };
    }

    private static string? NameOrSymbol(JsonElement properties, string name) =>
        properties.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, Cell> EdgeBuiltInCells(JsonElement edge)
    {
        var type = edge.GetProperty("type").GetString()!;
        return new(StringComparer.Ordinal)
        {
            ["label"] = new(CellKind.Str, type),
            ["interaction"] = new(CellKind.Str, type),
            ["sources"] = Sources(edge),
        };
    }

    private static Cell Sources(JsonElement element)
    {
        var items = element.GetProperty("sources").EnumerateArray()
            .Select(s => (Path: s.GetProperty("path").GetString()!, Line: s.GetProperty("line").GetInt32()))
            .Select(s => s.Line > 0 ? $"{s.Path}:{s.Line.ToString(CultureInfo.InvariantCulture)}" : s.Path)
            .ToList();
        return new(CellKind.List, "", items);
    }

    /// <summary>The built-in columns, then each property (renamed p_name when it clashes with a different built-in value).</summary>
    private static Dictionary<string, Cell> Row(JsonElement element, Dictionary<string, Cell> builtIns, string[] builtInNames)
    {
        var row = new Dictionary<string, Cell>(builtIns, StringComparer.Ordinal);
        foreach (var property in element.GetProperty("properties").EnumerateObject())
        {
            var cell = ToCell(property.Value);
            var column = property.Name;
            if (builtInNames.Contains(column))
            {
                if (builtIns[column].Kind == cell.Kind && builtIns[column].Text == cell.Text) continue;
                column = GraphMLWriter.PropertyPrefix + column;
            }
            row.Add(column, cell);
        }
        return row;
    }

    private static Cell ToCell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new(CellKind.Str, value.GetString()!),
        JsonValueKind.Number => new(value.GetRawText().AsSpan().IndexOfAny(".eE") >= 0 ? CellKind.Float : CellKind.Int, value.GetRawText()),
        JsonValueKind.True => new(CellKind.Bool, "true"),
        JsonValueKind.False => new(CellKind.Bool, "false"),
        JsonValueKind.Array => new(CellKind.List, value.GetRawText(), value.EnumerateArray().Select(i => i.GetString()!).ToList()),
        _ => throw new InvalidOperationException($"unexpected JSON value {value.GetRawText()}"),
    };

    private static Dictionary<string, CellKind> ColumnKinds(IEnumerable<Dictionary<string, Cell>> rows)
    {
        var kinds = new Dictionary<string, CellKind>(StringComparer.Ordinal);
        foreach (var (column, cell) in rows.SelectMany(r => r))
            kinds[column] = kinds.TryGetValue(column, out var seen) && seen != cell.Kind ? CellKind.Mixed : cell.Kind;
        return kinds;
    }

    private static void AssertAttributes(string element, Dictionary<string, Cell> expected, Dictionary<string, CellKind> kinds,
        Func<string, string> attributeName, JsonElement actual, string? ignore)
    {
        var actualNames = actual.EnumerateObject().Select(p => p.Name).Where(n => n != ignore).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Select(attributeName).Order(StringComparer.Ordinal), actualNames);
        foreach (var (column, cell) in expected)
        {
            var value = actual.GetProperty(attributeName(column));
            var pythonType = value[0].GetString();
            var where = $"{element}.{column}";
            switch (kinds[column])
            {
                case CellKind.Str:
                    Assert.True(pythonType == "str", where);
                    Assert.True(ValueText.XmlSafe(cell.Text) == value[1].GetString(),
                        $"{where}: expected {JsonSerializer.Serialize(ValueText.XmlSafe(cell.Text))}, got {value[1].GetRawText()}");
                    break;
                case CellKind.Mixed:
                    Assert.True(pythonType == "str", where);
                    if (cell.Kind == CellKind.List)
                        Assert.Equal(cell.Items, JsonSerializer.Deserialize<string[]>(value[1].GetString()!));
                    else
                        Assert.Equal(cell.Kind == CellKind.Str ? ValueText.XmlSafe(cell.Text) : cell.Text, value[1].GetString());
                    break;
                case CellKind.Int:
                    Assert.True(pythonType == "int", where);
                    Assert.Equal(long.Parse(cell.Text, CultureInfo.InvariantCulture), long.Parse(value[1].GetString()!, CultureInfo.InvariantCulture));
                    break;
                case CellKind.Float:
                    Assert.True(pythonType == "float", where);
                    Assert.Equal(
                        BitConverter.DoubleToInt64Bits(double.Parse(cell.Text, CultureInfo.InvariantCulture)),
                        BitConverter.DoubleToInt64Bits(double.Parse(value[1].GetString()!, CultureInfo.InvariantCulture)));
                    break;
                case CellKind.Bool:
                    Assert.True(pythonType == "bool", where);
                    Assert.Equal(cell.Text == "true", value[1].GetBoolean());
                    break;
                case CellKind.List:
                    Assert.True(pythonType == "str", where);
                    Assert.Equal(cell.Items, JsonSerializer.Deserialize<string[]>(value[1].GetString()!));
                    break;
            }
        }
    }
}
