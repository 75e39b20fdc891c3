using GeneGraph.Graph;

namespace GeneGraph.Cypher;

/// <summary>Turns graph elements into the parameter rows of <see cref="CypherStatements"/>.</summary>
public static class GraphRows
{
    public static Dictionary<string, object?> Node(GraphNode node) => new()
    {
        ["id"] = node.Key,
        ["properties"] = Properties(node.Properties, node.Sources, node.Key),
    };

    public static Dictionary<string, object?> Relationship(GraphEdge edge) => new()
    {
        ["from"] = edge.Source.Key,
        ["to"] = edge.Target.Key,
        ["properties"] = Properties(edge.Properties, edge.Sources, id: null),
    };

    /// <summary>Every property, plus <c>id</c> on nodes and <c>sources</c> (<c>path:line</c> strings) on both.</summary>
    private static Dictionary<string, object?> Properties(PropertyBag properties, SourceList sources, string? id)
    {
        var map = new Dictionary<string, object?>(properties.Count + 2, StringComparer.Ordinal);
        foreach (var (name, value) in properties) map[name] = value;
        if (id is not null) map["id"] = id;
        map["sources"] = sources.Select(s => s.ToString()).ToList();
        return map;
    }
}
