using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>What a load did, in the server's own counters, the plan it carried out, and what the graph held.</summary>
public sealed record LoadSummary(
    string Server,
    int Batches,
    long NodesCreated,
    long RelationshipsCreated,
    long PropertiesSet,
    long ConstraintsAdded,
    long IndexesAdded,
    IReadOnlyDictionary<NodeLabel, int> NodesByLabel,
    IReadOnlyDictionary<RelationshipType, int> RelationshipsByType)
{
    public long NodesDeleted { get; init; }

    public long RelationshipsDeleted { get; init; }

    /// <summary>Batches of new nodes that met a node created since the plan read the database, and were merged instead.</summary>
    public int MergedAfterConflict { get; init; }

    /// <summary>Per label and type: created, updated, deleted, unchanged; the nodes kept for others' relationships.</summary>
    public required SyncPlan Plan { get; init; }
}
