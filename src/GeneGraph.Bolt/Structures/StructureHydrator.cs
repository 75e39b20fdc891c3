using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.PackStream;

namespace GeneGraph.Bolt.Structures;

/// <summary>
/// Turns the raw structures PackStream decodes into graph records (inner structures first); anything unknown
/// stays a <see cref="PackStreamStructure"/>.
/// </summary>
internal static class StructureHydrator
{
    public const byte NodeSignature = 0x4E;
    public const byte RelationshipSignature = 0x52;
    public const byte UnboundRelationshipSignature = 0x72;
    public const byte PathSignature = 0x50;

    /// <summary>
    /// The value with every structure in it hydrated, at any depth. Lists and maps are updated in place
    /// (they are the reader's own); everything else comes back as it was.
    /// </summary>
    public static object? HydrateValue(object? value)
    {
        switch (value)
        {
            case PackStreamStructure structure:
                return Hydrate(structure.Signature, structure.Fields.Select(HydrateValue).ToList());
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = HydrateValue(list[i]);
                }

                return list;
            case Dictionary<string, object?> map:
                List<KeyValuePair<string, object?>>? hydrated = null;
                foreach (var (key, item) in map)
                {
                    if (HydrateValue(item) is var replacement && !ReferenceEquals(replacement, item))
                    {
                        (hydrated ??= []).Add(new(key, replacement));
                    }
                }

                foreach (var (key, replacement) in hydrated ?? [])
                {
                    map[key] = replacement;
                }

                return map;
            default:
                return value;
        }
    }

    private static object Hydrate(byte signature, List<object?> fields) => signature switch
    {
        NodeSignature when fields.Count is 3 or 4 => new BoltNode(
            AsLong(fields[0]), AsList(fields[1]).Cast<string>().ToList(), AsMap(fields[2]), OptionalString(fields, 3)),
        RelationshipSignature when fields.Count is 5 or 8 => new BoltRelationship(
            AsLong(fields[0]), AsLong(fields[1]), AsLong(fields[2]), AsString(fields[3]), AsMap(fields[4]),
            OptionalString(fields, 5), OptionalString(fields, 6), OptionalString(fields, 7)),
        UnboundRelationshipSignature when fields.Count is 3 or 4 => new BoltUnboundRelationship(
            AsLong(fields[0]), AsString(fields[1]), AsMap(fields[2]), OptionalString(fields, 3)),
        PathSignature when fields.Count == 3 => HydratePath(fields),
        NodeSignature or RelationshipSignature or UnboundRelationshipSignature or PathSignature =>
            throw new ProtocolException($"Structure 0x{signature:X2} with {fields.Count} fields is malformed."),
        _ => new PackStreamStructure(signature, fields),
    };

    // The path's third field alternates (relationship index, node index): a 1-based relationship index,
    // negative when the relationship points from the next node back to the previous one.
    private static BoltPath HydratePath(List<object?> fields)
    {
        var nodes = AsList(fields[0]).Cast<BoltNode>().ToList();
        var relationships = AsList(fields[1]).Cast<BoltUnboundRelationship>().ToList();
        var sequence = AsList(fields[2]).Select(AsLong).ToList();
        if (nodes.Count == 0 || sequence.Count % 2 != 0)
        {
            throw new ProtocolException("Path structure is malformed.");
        }

        var walk = new List<BoltNode>(sequence.Count / 2 + 1) { nodes[0] };
        var segments = new List<BoltRelationship>(sequence.Count / 2);
        var previous = nodes[0];
        for (var i = 0; i < sequence.Count; i += 2)
        {
            var relationshipIndex = (int)sequence[i];
            var next = nodes[(int)sequence[i + 1]];
            var unbound = relationships[Math.Abs(relationshipIndex) - 1];
            var (start, end) = relationshipIndex > 0 ? (previous, next) : (next, previous);
            segments.Add(new BoltRelationship(
                unbound.Id, start.Id, end.Id, unbound.Type, unbound.Properties, unbound.ElementId, start.ElementId, end.ElementId));
            walk.Add(next);
            previous = next;
        }

        return new BoltPath(walk, segments);
    }

    private static long AsLong(object? value) => value as long? ?? throw new ProtocolException("Expected an integer in a graph structure.");

    private static string AsString(object? value) => value as string ?? throw new ProtocolException("Expected a string in a graph structure.");

    private static List<object?> AsList(object? value) => value as List<object?> ?? throw new ProtocolException("Expected a list in a graph structure.");

    private static Dictionary<string, object?> AsMap(object? value) =>
        value as Dictionary<string, object?> ?? throw new ProtocolException("Expected a map in a graph structure.");

    private static string? OptionalString(List<object?> fields, int index) => index < fields.Count ? fields[index] as string : null;
}
