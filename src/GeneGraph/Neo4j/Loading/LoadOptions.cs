namespace GeneGraph.Neo4j.Loading;

public sealed record LoadOptions
{
    /// <summary>The graph's name when none is given; <see cref="ForVault"/> names it after the vault folder.</summary>
    public const string DefaultGraph = "genegraph";

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

    /// <summary>The name GeneGraph marks its elements with: one graph per vault (docs/sync.md).</summary>
    public string Graph { get; init; } = DefaultGraph;

    /// <summary>The vault's identity (its absolute path), recorded per graph; null: neither recorded nor checked.</summary>
    public string? Vault { get; init; }

    /// <summary>Release what the vault no longer yields (false: add and update only, <c>--no-prune</c>).</summary>
    public bool Prune { get; init; } = true;

    /// <summary>
    /// Where a load keeps the record of what it wrote (<see cref="SyncSnapshot"/>), so that the next load from this
    /// machine compares the vault with it instead of reading every element back; null: no record, every load reads
    /// the database back (docs/sync.md).
    /// </summary>
    public string? SnapshotDirectory { get; init; }

    /// <summary>Compare with every element read back from the database even when the record of the last load is current (<c>--full-compare</c>).</summary>
    public bool ReadBack { get; init; }

    /// <summary>Load even when the graph was loaded from another vault (what that vault's load wrote and this one lacks is released).</summary>
    public bool Force { get; init; }

    /// <summary>Options for the vault in <paramref name="vaultFolder"/>: the graph named after its folder, its absolute path as its identity.</summary>
    public static LoadOptions ForVault(string vaultFolder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(vaultFolder));
        var name = Path.GetFileName(full);
        return new LoadOptions { Graph = name.Length > 0 ? name : DefaultGraph, Vault = full };
    }
}
