using System.Text.Encodings.Web;
using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers;

/// <summary>
/// Writes Cytoscape.js JSON (<c>.cyjs</c>), which Cytoscape.js takes as <c>cytoscape({ elements })</c> and Cytoscape
/// desktop imports (File → Import → Network from File): <c>{"elements": {"nodes": [{"data": {…}}], "edges": [{"data": {…}}]}}</c>.
/// A node's <c>data.id</c> is its uid (<c>Gene:LIF</c>), with <c>name</c>, <c>kind</c>, <c>key</c>, <c>sources</c>
/// (list of <c>path:line</c>) and its properties; an edge's <c>data</c> has <c>id</c> (its uid), <c>source</c>,
/// <c>target</c>, <c>interaction</c> (the relationship type), <c>name</c>, <c>sources</c> and its properties (<c>r</c>,
/// <c>absR</c> as numbers). A property named like one of these columns is dropped when it holds the same value and
/// written as <c>p_name</c> otherwise. Numbers keep their JSON type (doubles always with a fraction), non-finite
/// doubles are strings. UTF-8 without BOM, indented, in graph order.
/// </summary>
public sealed class CytoscapeJsWriter : StreamGraphWriter
{
    public override string FormatName => "cyjs";

    public override string DefaultExtension => ".cyjs";

    private static readonly JsonWriterOptions FileOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    protected override void WriteGraph(KnowledgeGraph graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, FileOptions);
        WriteDocument(json, graph);
        json.Flush();
    }

    /// <summary>The whole document: generator info, then <c>elements</c>.</summary>
    public static void WriteDocument(Utf8JsonWriter json, KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(graph);
        json.WriteStartObject();
        json.WriteString("format_version", "1.0");
        json.WriteString("generated_by", "GeneGraph");
        json.WriteString("target_cytoscapejs_version", "~3.0");
        json.WriteStartObject("data");
        json.WriteString("name", "GeneGraph");
        foreach (var (name, value) in graph.Properties) // a partial export's filters, as network attributes
        {
            json.WritePropertyName(name);
            JsonPropertyValue.Write(json, value);
        }
        json.WriteEndObject();
        json.WriteStartObject("elements");
        JsonFlushing.WriteArray(json, "nodes", graph.Nodes, static (json, node) => WriteElement(json, NodeData(node)));
        JsonFlushing.WriteArray(json, "edges", graph.Edges, static (json, edge) => WriteElement(json, EdgeData(edge)));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A node's <c>data</c>, in writing order.</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> NodeData(GraphNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var data = new List<KeyValuePair<string, object>>
        {
            new("id", node.Uid),
            new(NodeProperties.Name.Name, node.DisplayName),
            new("kind", node.Label.ToString()),
            new("key", node.Key),
            new(GraphSchema.Sources.Name, node.Sources.Select(s => s.ToString()).ToArray()),
        };
        AddProperties(data, node.Properties);
        return data;
    }

    /// <summary>An edge's <c>data</c>, in writing order.</summary>
    public static IReadOnlyList<KeyValuePair<string, object>> EdgeData(GraphEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var data = new List<KeyValuePair<string, object>>
        {
            new("id", edge.Uid),
            new("source", edge.Source.Uid),
            new("target", edge.Target.Uid),
            new("interaction", edge.Type.Name()),
            new(NodeProperties.Name.Name, $"{edge.Source.DisplayName} ({edge.Type.Name()}) {edge.Target.DisplayName}"),
            new(GraphSchema.Sources.Name, edge.Sources.Select(s => s.ToString()).ToArray()),
        };
        AddProperties(data, edge.Properties);
        return data;
    }

    /// <summary>Appends the properties after the built-in columns, by the rule GraphML uses, with Cytoscape.js's reserved names.</summary>
    private static void AddProperties(List<KeyValuePair<string, object>> data, PropertyBag properties) =>
        PropertyColumns.Append(properties, new LeadingColumns(data, data.Count), data, GraphMLWriter.CytoscapeReservedNames);

    /// <summary>The built-in columns: the first <paramref name="count"/> entries of the data (a few; a linear scan).</summary>
    private readonly struct LeadingColumns(List<KeyValuePair<string, object>> data, int count) : IBuiltInColumns
    {
        public object? ValueOf(string column)
        {
            for (var i = 0; i < count; i++)
                if (string.Equals(data[i].Key, column, StringComparison.Ordinal)) return data[i].Value;
            return null;
        }
    }

    private static void WriteElement(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object>> data)
    {
        json.WriteStartObject();
        JsonPropertyValue.WriteObject(json, "data", data);
        json.WriteEndObject();
    }
}
