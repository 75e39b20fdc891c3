namespace GeneGraph.Neo4j.Loading;

public sealed record LoadOptions
{
    /// <summary>The database (Neo4j 4.0+); null for the server's default.</summary>
    public string? Database { get; init; }

    /// <summary>Rows per transaction. 5k–10k rows perform alike on the reference server.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>
    /// How many labels (then relationship types) load at once, each on its own connection; never two that touch
    /// the same label. 1 (the default) loads one batch at a time: on the 2-core reference server 2 lanes were no
    /// faster (BENCHMARKS.md), as the server's CPU is the bottleneck; a server with more cores may gain from 2–4.
    /// </summary>
    public int Concurrency { get; init; } = 1;
}
