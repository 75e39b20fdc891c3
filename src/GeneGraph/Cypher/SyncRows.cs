using System.IO.Hashing;
using System.Runtime.InteropServices;
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
    /// The hash of an element's GeneGraph properties: XxHash128 of their Cypher literal (keys in ordinal order, a
    /// float always with its point, strings escaped) as UTF-16, in hex. Equal content, equal hash.
    /// </summary>
    public static string Hash(IReadOnlyDictionary<string, object?> properties)
    {
        var literal = new StringBuilder();
        CypherLiteral.Append(literal, properties);
        return HashOfLiteral(literal);
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

    [ThreadStatic] private static StringBuilder? _literal;
    [ThreadStatic] private static XxHash128? _hash;

    /// <summary>
    /// <see cref="Hash(IReadOnlyDictionary{string, object?})"/> of the map <see cref="GraphRows"/> makes of an element,
    /// without making it: the element's properties are already in ordinal order, and the added keys (its id, its
    /// sources) are merged in, taking the place of a property of the same name as they do in the map.
    /// </summary>
    private static string Hash(PropertyBag properties, SourceList sources, string[] extras, string? id)
    {
        var sb = _literal ??= new StringBuilder(1024);
        sb.Clear().Append('{');
        var next = 0;
        foreach (var (name, value) in properties)
        {
            while (next < extras.Length && string.CompareOrdinal(extras[next], name) < 0) AppendExtra(extras[next++]);
            if (next < extras.Length && extras[next] == name) continue;
            AppendEntry(name, value);
        }
        while (next < extras.Length) AppendExtra(extras[next++]);
        sb.Append('}');
        return HashOfLiteral(sb);

        void AppendExtra(string key)
        {
            if (key != GraphSchema.Sources.Name)
            {
                AppendEntry(key, id);
                return;
            }
            AppendKey(key);
            sb.Append('[');
            var first = true;
            foreach (var source in sources)
            {
                if (!first) sb.Append(", ");
                first = false;
                CypherLiteral.AppendString(sb, source.Path, source.Line); // SourceRef.ToString's text
            }
            sb.Append(']');
        }

        void AppendEntry(string key, object? value)
        {
            AppendKey(key);
            CypherLiteral.Append(sb, value);
        }

        void AppendKey(string key)
        {
            if (sb.Length > 1) sb.Append(", ");
            sb.Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append("`: ");
        }
    }

    /// <summary>XxHash128 of the literal's characters, in hex.</summary>
    private static string HashOfLiteral(StringBuilder literal)
    {
        var hash = _hash ??= new XxHash128();
        hash.Reset();
        foreach (var chunk in literal.GetChunks()) hash.Append(MemoryMarshal.AsBytes(chunk.Span));
        Span<byte> digest = stackalloc byte[16];
        hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }

    private static Dictionary<string, object?> WithHash(Dictionary<string, object?> row, IReadOnlyList<Property> declared, string hash)
    {
        var properties = (Dictionary<string, object?>)row[GraphRows.PropertiesField]!;
        foreach (var property in declared) properties.TryAdd(property.Name, null);
        row[SyncStatements.HashField] = hash;
        return row;
    }
}
