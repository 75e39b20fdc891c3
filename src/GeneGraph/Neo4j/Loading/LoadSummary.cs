using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>What a load did, in the server's own counters, and what the graph held.</summary>
public sealed record LoadSummary(
    string Server,
    int Batches,
    long NodesCreated,
    long RelationshipsCreated,
    long PropertiesSet,
    long ConstraintsAdded,
    long IndexesAdded,
    IReadOnlyDictionary<NodeLabel, int> NodesByLabel,
    IReadOnlyDictionary<RelationshipType, int> RelationshipsByType);
