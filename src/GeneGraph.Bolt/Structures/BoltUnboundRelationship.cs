namespace GeneGraph.Bolt.Structures;

/// <summary>A relationship without its ends (structure 0x72); only appears inside paths on the wire.</summary>
public sealed record BoltUnboundRelationship(
    long Id,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId = null);
