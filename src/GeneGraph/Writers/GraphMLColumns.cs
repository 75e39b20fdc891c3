using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers;

/// <summary>A node's built-in GraphML columns, <see cref="GraphMLWriter.NodeColumns"/>.</summary>
internal readonly struct NodeBuiltIns(GraphNode node) : IBuiltInColumns
{
    public object? ValueOf(string column) => column switch
    {
        "labels" => GraphMLColumns.LabelsText(node.Label),
        _ when column == NodeProperties.Name.Name => node.DisplayName,
        "kind" => GraphMLColumns.KindText(node.Label),
        _ when column == GraphSchema.Key.Name => node.Key,
        _ when column == GraphSchema.Sources.Name => GraphMLColumns.SourceTexts(node.Sources),
        _ => null,
    };
}

/// <summary>An edge's built-in GraphML columns, <see cref="GraphMLWriter.EdgeColumns"/>.</summary>
internal readonly struct EdgeBuiltIns(GraphEdge edge) : IBuiltInColumns
{
    public object? ValueOf(string column) => column switch
    {
        "label" or "interaction" => edge.Type.Name(),
        _ when column == GraphSchema.Sources.Name => GraphMLColumns.SourceTexts(edge.Sources),
        _ => null,
    };
}

/// <summary>Texts of the built-in GraphML columns that every element of a label shares.</summary>
internal static class GraphMLColumns
{
    private static readonly string[] LabelsTexts = Enum.GetValues<NodeLabel>().Select(l => ":" + l).ToArray();
    private static readonly string[] KindTexts = Enum.GetValues<NodeLabel>().Select(l => l.ToString()).ToArray();

    public static string LabelsText(NodeLabel label) => LabelsTexts[(int)label];

    public static string KindText(NodeLabel label) => KindTexts[(int)label];

    public static string[] SourceTexts(SourceList sources) => sources.Select(s => s.ToString()).ToArray();
}
