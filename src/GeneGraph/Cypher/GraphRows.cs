using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Cypher;

/// <summary>Turns graph elements into the parameter rows of <see cref="CypherStatements"/>.</summary>
public static class GraphRows
{
    /// <summary>The field of a node row that holds its key: named like the key.</summary>
    public static readonly string KeyField = GraphSchema.Key.Name;

    public const string FromField = "from";

    public const string ToField = "to";

    public const string PropertiesField = "properties";

    /// <summary>The parameter that carries a batch of rows.</summary>
    public const string RowsParameter = "rows";

    public static Dictionary<string, object?> Node(GraphNode node) => new()
    {
        [KeyField] = node.Key,
        [PropertiesField] = Properties(node.Properties, node.Sources, node.Key),
    };

    public static Dictionary<string, object?> Relationship(GraphEdge edge) => new()
    {
        [FromField] = edge.Source.Key,
        [ToField] = edge.Target.Key,
        [PropertiesField] = Properties(edge.Properties, edge.Sources, id: null),
    };

    /// <summary>Every property, plus the key on nodes and the sources (<c>path:line</c> strings) on both.</summary>
    private static Dictionary<string, object?> Properties(PropertyBag properties, SourceList sources, string? id)
    {
        var map = new Dictionary<string, object?>(properties.Count + 2, StringComparer.Ordinal);
        foreach (var (name, value) in properties) map[name] = value;
        if (id is not null) map[GraphSchema.Key.Name] = id;
        map[GraphSchema.Sources.Name] = sources.Select(s => s.ToString()).ToList();
        return map;
    }
}
