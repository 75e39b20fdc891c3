namespace GeneGraph.Bolt.Structures;

/// <summary>A node (structure 0x4E). <see cref="ElementId"/> is sent by Bolt 5+ servers only.</summary>
public sealed record BoltNode(
    long Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    string? ElementId = null);
