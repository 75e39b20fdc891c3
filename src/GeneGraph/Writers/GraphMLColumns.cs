using GeneGraph.Graph;

namespace GeneGraph.Writers;

/// <summary>The built-in columns of one element: which names they have, and (on demand) their values.</summary>
internal interface IBuiltInColumns
{
    IReadOnlyList<string> Names { get; }

    object ValueOf(string column);
}

/// <summary>A node's built-in columns, <see cref="GraphMLWriter.NodeColumns"/>.</summary>
internal readonly struct NodeBuiltIns(GraphNode node) : IBuiltInColumns
{
    public IReadOnlyList<string> Names => GraphMLWriter.NodeColumns;

    public object ValueOf(string column) => column switch
    {
        "labels" => GraphMLColumns.LabelsText(node.Label),
        "name" => node.DisplayName,
        "kind" => GraphMLColumns.KindText(node.Label),
        "id" => node.Key,
        "sources" => GraphMLColumns.SourceTexts(node.Sources),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a node column"),
    };
}

/// <summary>An edge's built-in columns, <see cref="GraphMLWriter.EdgeColumns"/>.</summary>
internal readonly struct EdgeBuiltIns(GraphEdge edge) : IBuiltInColumns
{
    public IReadOnlyList<string> Names => GraphMLWriter.EdgeColumns;

    public object ValueOf(string column) => column switch
    {
        "label" or "interaction" => edge.Type.Name(),
        "sources" => GraphMLColumns.SourceTexts(edge.Sources),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not an edge column"),
    };
}

/// <summary>The columns of GraphML elements, shared by the key scan and the writing pass.</summary>
internal static class GraphMLColumns
{
    private static readonly string[] LabelsTexts = Enum.GetValues<NodeLabel>().Select(l => ":" + l).ToArray();
    private static readonly string[] KindTexts = Enum.GetValues<NodeLabel>().Select(l => l.ToString()).ToArray();

    public static string LabelsText(NodeLabel label) => LabelsTexts[(int)label];

    public static string KindText(NodeLabel label) => KindTexts[(int)label];

    public static string[] SourceTexts(IEnumerable<SourceRef> sources) => sources.Select(s => s.ToString()).ToArray();

    /// <summary>
    /// Replaces <paramref name="columns"/> with the element's property columns, in writing order. A property named
    /// like a built-in column is dropped when it holds the same value (a Trait's <c>name</c> is its display name) and
    /// is written as <c>p_name</c> when it differs.
    /// </summary>
    public static void Properties<TBuiltIns>(PropertyBag properties, TBuiltIns builtIns, List<KeyValuePair<string, object>> columns)
        where TBuiltIns : IBuiltInColumns
    {
        columns.Clear();
        foreach (var (name, value) in properties)
        {
            var column = name;
            if (IsBuiltIn(builtIns, name))
            {
                if (PropertyBag.ValuesEqual(builtIns.ValueOf(name), value)) continue;
                do column = GraphMLWriter.PropertyPrefix + column;
                while (IsBuiltIn(builtIns, column) || properties.Contains(column));
            }
            columns.Add(new(column, value));
        }
    }

    private static bool IsBuiltIn<TBuiltIns>(TBuiltIns builtIns, string column) where TBuiltIns : IBuiltInColumns
    {
        // a handful of names: a linear scan, not a set lookup
        var names = builtIns.Names;
        for (var i = 0; i < names.Count; i++)
            if (string.Equals(names[i], column, StringComparison.Ordinal)) return true;
        return false;
    }
}
