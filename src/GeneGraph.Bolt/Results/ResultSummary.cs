namespace GeneGraph.Bolt.Results;

/// <summary>The end of a result: counters, query type ("r", "w", "rw", "s"), database and raw metadata.</summary>
public sealed record ResultSummary(
    SummaryCounters Counters,
    string? QueryType,
    string? Database,
    ServerInfo Server,
    IReadOnlyDictionary<string, object?> Metadata);
