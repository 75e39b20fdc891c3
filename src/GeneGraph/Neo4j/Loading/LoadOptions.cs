namespace GeneGraph.Neo4j.Loading;

public sealed record LoadOptions
{
    /// <summary>The database (Neo4j 4.0+); null for the server's default.</summary>
    public string? Database { get; init; }

    /// <summary>Rows per transaction. 5k–10k rows perform alike on the reference server.</summary>
    public int BatchSize { get; init; } = 5000;
}
