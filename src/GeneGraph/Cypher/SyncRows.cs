using System.Security.Cryptography;
using System.Text;
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
    /// The hash of an element's GeneGraph properties: SHA-256 of their Cypher literal (keys in ordinal order, a
    /// float always with its point, strings escaped), first 128 bits in hex. Equal content, equal hash.
    /// </summary>
    public static string Hash(IReadOnlyDictionary<string, object?> properties) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CypherLiteral.Of(properties)))[..16]);

    public static string Hash(GraphNode node) => Hash(GraphRows.Node(node)[GraphRows.PropertiesField]);

    public static string Hash(GraphEdge edge) => Hash(GraphRows.Relationship(edge)[GraphRows.PropertiesField]);

    public static Dictionary<string, object?> Node(GraphNode node, string hash) =>
        WithHash(GraphRows.Node(node), GraphSchema.Of(node.Label).Properties, hash);

    public static Dictionary<string, object?> Relationship(GraphEdge edge, string hash) =>
        WithHash(GraphRows.Relationship(edge), GraphSchema.Of(edge.Type).Properties, hash);

    /// <summary>The row of a vanished node: its key.</summary>
    public static Dictionary<string, object?> NodeKey(string id) => new() { [GraphRows.KeyField] = id };

    /// <summary>The row of a vanished relationship: its ends' keys.</summary>
    public static Dictionary<string, object?> RelationshipEnds(string from, string to) =>
        new() { [GraphRows.FromField] = from, [GraphRows.ToField] = to };

    private static string Hash(object? properties) => Hash((IReadOnlyDictionary<string, object?>)properties!);

    private static Dictionary<string, object?> WithHash(Dictionary<string, object?> row, IReadOnlyList<Property> declared, string hash)
    {
        var properties = (Dictionary<string, object?>)row[GraphRows.PropertiesField]!;
        foreach (var property in declared) properties.TryAdd(property.Name, null);
        row[SyncStatements.HashField] = hash;
        return row;
    }
}
