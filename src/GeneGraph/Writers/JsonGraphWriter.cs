using System.Text.Encodings.Web;
using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers;

/// <summary>
/// Writes the graph as one JSON document (docs/json-format.md): indented, UTF-8 without BOM, nodes and edges in
/// <see cref="KnowledgeGraph.Nodes"/> and <see cref="KnowledgeGraph.Edges"/> order, properties in name order.
/// Longs are written as integers and doubles always with a fraction or exponent (<c>1.0</c>), so a reader can
/// tell them apart; non-finite doubles, which JSON cannot hold, are written as the strings <c>"NaN"</c>,
/// <c>"Infinity"</c>, <c>"-Infinity"</c>.
/// </summary>
public sealed class JsonGraphWriter : StreamGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Non-ASCII text stays readable; quotes, backslashes and control characters are still escaped and
        // lone surrogates become U+FFFD, so the output is always valid JSON (it is not meant for HTML embedding).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override string FormatName => "json";

    public override string DefaultExtension => ".json";

    protected override void WriteGraph(KnowledgeGraph graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        if (graph.Properties.Count > 0) JsonPropertyValue.WriteObject(json, "properties", graph.Properties); // a partial export's filters
        JsonFlushing.WriteArray(json, "nodes", graph.Nodes, WriteNode);
        JsonFlushing.WriteArray(json, "edges", graph.Edges, WriteEdge);
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteNode(Utf8JsonWriter json, GraphNode node)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Uid);
        json.WriteString("label", node.Label.ToString());
        json.WriteString("key", node.Key);
        WritePropertiesAndSources(json, node.Properties, node.Sources);
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, GraphEdge edge)
    {
        var (source, target) = (edge.Source.Uid, edge.Target.Uid); // made on each use: once here, not twice
        json.WriteStartObject();
        json.WriteString("id", $"{source}|{edge.Type.Name()}|{target}"); // edge.Uid
        json.WriteString("type", edge.Type.Name());
        json.WriteString("source", source);
        json.WriteString("target", target);
        WritePropertiesAndSources(json, edge.Properties, edge.Sources);
        json.WriteEndObject();
    }

    /// <summary>What every node and edge ends with: its properties in name order, then its sources.</summary>
    private static void WritePropertiesAndSources(Utf8JsonWriter json, PropertyBag properties, SourceList sources)
    {
        JsonPropertyValue.WriteObject(json, "properties", properties);
        WriteSources(json, sources);
    }

    private static void WriteSources(Utf8JsonWriter json, SourceList sources)
    {
        json.WriteStartArray(GraphSchema.Sources.Name);
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("path", source.Path);
            json.WriteNumber("line", source.Line);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
