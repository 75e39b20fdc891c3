namespace GeneGraph.Bolt.Structures;

/// <summary>
/// A path (structure 0x50) with its nodes in walking order and its relationships carrying their real
/// direction (so a relationship may point against the walking order).
/// </summary>
public sealed record BoltPath(IReadOnlyList<BoltNode> Nodes, IReadOnlyList<BoltRelationship> Relationships)
{
    public BoltNode Start => Nodes[0];

    public BoltNode End => Nodes[^1];
}
