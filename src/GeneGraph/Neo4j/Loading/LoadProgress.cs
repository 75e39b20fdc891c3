namespace GeneGraph.Neo4j.Loading;

/// <summary>How far a load is: rows written of all rows, and what is being written.</summary>
public readonly record struct LoadProgress(long RowsWritten, long TotalRows, string Step);
