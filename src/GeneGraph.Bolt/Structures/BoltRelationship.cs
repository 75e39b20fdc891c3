namespace GeneGraph.Bolt.Structures;

/// <summary>A relationship with both ends (structure 0x52, or rebuilt from a path's segments).</summary>
public sealed record BoltRelationship(
    long Id,
    long StartNodeId,
    long EndNodeId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId = null,
    string? StartNodeElementId = null,
    string? EndNodeElementId = null);
