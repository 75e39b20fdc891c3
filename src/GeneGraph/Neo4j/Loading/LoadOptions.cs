namespace GeneGraph.Neo4j.Loading;

public sealed record LoadOptions
{
    /// <summary>The database (Neo4j 4.0+); null for the server's default.</summary>
    public string? Database { get; init; }

    /// <summary>Rows per transaction. 5k–10k rows perform alike on the reference server.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>
    /// How many labels (then relationship types) load at once, each on its own connection; never two that touch
    /// the same label. 1 loads one batch at a time. 2 keeps a 2-core server busy; more helps only a larger server.
    /// </summary>
    public int Concurrency { get; init; } = 2;
}
