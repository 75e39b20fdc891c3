using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>What a load does to one label or relationship type of its graph, compared with what the server holds.</summary>
/// <param name="Element">The label (<c>Gene</c>) or type (<c>HAS_LOCUS</c>).</param>
/// <param name="Created">In the vault, not yet held by the graph.</param>
/// <param name="Updated">Held, with other content: rewritten.</param>
/// <param name="Deleted">Held, gone from the vault: released by the graph (deleted unless something else holds it).</param>
/// <param name="Unchanged">Held with the same content: not written.</param>
public sealed record ElementChanges(string Element, int Created, int Updated, int Deleted, int Unchanged)
{
    public bool Writes => Created + Updated + Deleted > 0;
}

/// <summary>A node the vault no longer yields, held by no other graph, kept (stripped of GeneGraph's part) for relationships someone else made.</summary>
public sealed record KeptNode(NodeLabel Label, string Id, long ForeignRelationships);

/// <summary>What the load leaves alone: elements of other graphs, and unmarked ones (the user's, or written before marks).</summary>
public sealed record LeftAlone(long OtherGraphsNodes, long UnmarkedNodes, long OtherGraphsRelationships, long UnmarkedRelationships);

/// <summary>
/// The plan of a sync: per label and type what is created, updated, deleted and unchanged, the vanished nodes that
/// are kept or only released, and the graph's record. <see cref="Neo4jLoader.PlanAsync"/> makes it without writing;
/// <see cref="Neo4jLoader.LoadAsync"/> makes the same plan and carries it out.
/// </summary>
public sealed class SyncPlan
{
    internal SyncPlan(string graph, string? vault, string? previousVault, bool graphRecorded, bool prune,
        IReadOnlyList<NodeWork> nodes, IReadOnlyList<RelationshipWork> relationships, IReadOnlyList<KeptNode> kept, int released)
    {
        Graph = graph;
        Vault = vault;
        PreviousVault = previousVault;
        GraphRecorded = graphRecorded;
        Prune = prune;
        NodeWork = nodes;
        RelationshipWork = relationships;
        Kept = kept;
        Released = released;
    }

    /// <summary>The graph's name.</summary>
    public string Graph { get; }

    /// <summary>The vault being loaded (absolute path), when known.</summary>
    public string? Vault { get; }

    /// <summary>The vault the graph was last loaded from, when the server has a record of it.</summary>
    public string? PreviousVault { get; }

    /// <summary>The server has a record of this graph.</summary>
    public bool GraphRecorded { get; }

    /// <summary>Elements gone from the vault are released (false: <c>--no-prune</c>, add-only).</summary>
    public bool Prune { get; }

    /// <summary>The graph was loaded from another vault than this one.</summary>
    public bool OtherVault => Vault is not null && PreviousVault is not null && !string.Equals(Vault, PreviousVault, StringComparison.Ordinal);

    /// <summary>The graph's record is to be written: a first load, or a new vault.</summary>
    public bool WritesRecord => Vault is not null && (!GraphRecorded || OtherVault);

    public IReadOnlyList<ElementChanges> Nodes => [.. NodeWork.Select(w => w.Changes)];

    /// <remarks>A derived type (<c>--derived</c>) that neither the vault's graph nor the database holds is left out.</remarks>
    public IReadOnlyList<ElementChanges> Relationships =>
        [.. RelationshipWork.Where(w => !w.Type.IsDerived() || w.Changes.Writes || w.Changes.Unchanged > 0).Select(w => w.Changes)];

    /// <summary>Vanished nodes kept for relationships someone else made; reported.</summary>
    public IReadOnlyList<KeptNode> Kept { get; }

    /// <summary>Vanished nodes that another graph still holds: only this graph's mark goes.</summary>
    public int Released { get; }

    /// <summary>Counted by <see cref="Neo4jLoader.PlanAsync"/>; null in a load's plan.</summary>
    public LeftAlone? LeftAlone { get; internal set; }

    /// <summary>Nothing to write: the server already holds the vault's graph.</summary>
    public bool WritesNothing => !WritesRecord && NodeWork.All(w => !w.Changes.Writes) && RelationshipWork.All(w => !w.Changes.Writes);

    /// <summary>
    /// Whether the plan compared the vault with the record of the last load from this machine (<see cref="SyncSnapshot"/>)
    /// rather than with every element read back from the database.
    /// </summary>
    public bool FromSnapshot { get; internal init; }

    /// <summary>What the graph held in the database when the plan was made: id or ends → hash.</summary>
    internal HeldElements Held { get; init; } = new([], []);

    /// <summary>The generation the graph's record named when the plan was made (null: none).</summary>
    internal string? Generation { get; init; }

    /// <summary>Where the record of this load is kept (null: none is kept).</summary>
    internal string? SnapshotFile { get; init; }

    internal IReadOnlyList<NodeWork> NodeWork { get; }

    internal IReadOnlyList<RelationshipWork> RelationshipWork { get; }
}

/// <summary>One label's work: nodes to write (new and changed, with their hashes) and ids to release.</summary>
internal sealed record NodeWork(NodeLabel Label, ElementChanges Changes, IReadOnlyList<NodeWrite> Writes, IReadOnlyList<string> Deletes);

/// <summary>A node to write; <paramref name="Absent"/>: no node of its label and id was in the database when the load read it.</summary>
internal sealed record NodeWrite(GraphNode Node, string Hash, bool Absent);

/// <summary>One type's work: relationships to write and ends of those to release.</summary>
internal sealed record RelationshipWork(
    RelationshipType Type, ElementChanges Changes, IReadOnlyList<(GraphEdge Edge, string Hash)> Writes, IReadOnlyList<(string From, string To)> Deletes);

/// <summary>
/// What one graph holds in the database, as a plan read it or the record of the last load kept it: per label, node id
/// → content hash; per type, (from id, to id) → content hash (null: an element marked by an interrupted load, unhashed).
/// </summary>
internal sealed record HeldElements(
    Dictionary<NodeLabel, Dictionary<string, string?>> Nodes, Dictionary<RelationshipType, Dictionary<(string, string), string?>> Relationships)
{
    /// <summary>What the graph holds once the plan's writes and deletes are done.</summary>
    public HeldElements After(IEnumerable<NodeWork> nodes, IEnumerable<RelationshipWork> relationships)
    {
        var heldNodes = new Dictionary<NodeLabel, Dictionary<string, string?>>();
        foreach (var work in nodes)
        {
            var held = new Dictionary<string, string?>(Nodes.GetValueOrDefault(work.Label) ?? [], StringComparer.Ordinal);
            foreach (var id in work.Deletes) held.Remove(id);
            foreach (var write in work.Writes) held[write.Node.Key] = write.Hash;
            heldNodes[work.Label] = held;
        }
        var heldRelationships = new Dictionary<RelationshipType, Dictionary<(string, string), string?>>();
        foreach (var work in relationships)
        {
            var held = new Dictionary<(string, string), string?>(Relationships.GetValueOrDefault(work.Type) ?? []);
            foreach (var ends in work.Deletes) held.Remove(ends);
            foreach (var (edge, hash) in work.Writes) held[(edge.Source.Key, edge.Target.Key)] = hash;
            heldRelationships[work.Type] = held;
        }
        return new HeldElements(heldNodes, heldRelationships);
    }
}
