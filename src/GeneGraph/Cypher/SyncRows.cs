using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Cypher;

/// <summary>
/// The rows of <see cref="SyncStatements"/>: <see cref="GraphRows"/>' rows with the element's content hash, and with
/// every declared property the element lacks set to null, so that <c>SET n += …</c> removes it.
/// </summary>
public static class SyncRows
{
    /// <summary>
    /// The hash of an element's GeneGraph properties: XxHash128 of their canonical binary form (<see cref="ContentHash"/>),
    /// 32 hex digits. Equal content, equal hash.
    /// </summary>
    public static string Hash(IReadOnlyDictionary<string, object?> properties)
    {
        var hash = _hash ??= new ContentHash();
        hash.Reset();
        hash.Value(properties);
        return hash.Finish();
    }

    /// <summary>The hash of the node's <see cref="GraphRows.Node"/> properties, written straight from the node (no map is built).</summary>
    public static string Hash(GraphNode node) => Hash(node.Properties, node.Sources, NodeExtras, node.Key);

    /// <summary>The hash of the edge's <see cref="GraphRows.Relationship"/> properties, written straight from the edge.</summary>
    public static string Hash(GraphEdge edge) => Hash(edge.Properties, edge.Sources, EdgeExtras, id: null);

    public static Dictionary<string, object?> Node(GraphNode node, string hash) =>
        WithHash(GraphRows.Node(node), GraphSchema.Of(node.Label).Properties, hash);

    public static Dictionary<string, object?> Relationship(GraphEdge edge, string hash) =>
        WithHash(GraphRows.Relationship(edge), GraphSchema.Of(edge.Type).Properties, hash);

    /// <summary>The row of a vanished node: its key.</summary>
    public static Dictionary<string, object?> NodeKey(string id) => new() { [GraphRows.KeyField] = id };

    /// <summary>The row of a vanished relationship: its ends' keys.</summary>
    public static Dictionary<string, object?> RelationshipEnds(string from, string to) =>
        new() { [GraphRows.FromField] = from, [GraphRows.ToField] = to };

    /// <summary>The keys <see cref="GraphRows"/> adds to an element's own properties, in ordinal order.</summary>
    private static readonly string[] NodeExtras = [.. new[] { GraphSchema.Key.Name, GraphSchema.Sources.Name }.Order(StringComparer.Ordinal)];
    private static readonly string[] EdgeExtras = [GraphSchema.Sources.Name];

    [ThreadStatic] private static ContentHash? _hash;

    /// <summary>
    /// <see cref="Hash(IReadOnlyDictionary{string, object?})"/> of the map <see cref="GraphRows"/> makes of an element,
    /// without making it: the element's properties are already in ordinal order, and the added keys (its id, its
    /// sources) are merged in, taking the place of a property of the same name as they do in the map.
    /// </summary>
    private static string Hash(PropertyBag properties, SourceList sources, string[] extras, string? id)
    {
        var hash = _hash ??= new ContentHash();
        hash.Reset();
        hash.BeginMap();
        var next = 0;
        foreach (var (name, value) in properties)
        {
            while (next < extras.Length && string.CompareOrdinal(extras[next], name) < 0) Extra(extras[next++]);
            if (next < extras.Length && extras[next] == name) continue;
            hash.String(name);
            hash.Value(value);
        }
        while (next < extras.Length) Extra(extras[next++]);
        hash.EndMapOrList();
        return hash.Finish();

        void Extra(string key)
        {
            hash.String(key);
            if (key != GraphSchema.Sources.Name)
            {
                hash.Value(id);
                return;
            }
            hash.BeginList();
            foreach (var source in sources) hash.String(source.Path, source.Line); // SourceRef.ToString's text
            hash.EndMapOrList();
        }
    }

    private static Dictionary<string, object?> WithHash(Dictionary<string, object?> row, IReadOnlyList<Property> declared, string hash)
    {
        var properties = (Dictionary<string, object?>)row[GraphRows.PropertiesField]!;
        foreach (var property in declared) properties.TryAdd(property.Name, null);
        row[SyncStatements.HashField] = hash;
        return row;
    }
}
