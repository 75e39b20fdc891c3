using System.CommandLine;
using GeneGraph.Pipeline;
using GeneGraph.References;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// What every command reads: the vault argument and <c>--strict</c>, and the steps they serve, reading the vault into
/// a graph and printing its diagnostics.
/// </summary>
internal sealed class VaultInput
{
    public Argument<DirectoryInfo> Vault { get; } = new("vault")
    {
        Description = "The Obsidian vault folder (every *.md below it is read; hidden folders are skipped).",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Exit with 1 when any warning was reported, not only on errors.",
    };

    /// <summary>
    /// Added by the commands that keep parsed notes between runs (load), which then read and parse only the notes that
    /// changed since the last run; with it they parse every note and leave the cache alone.
    /// </summary>
    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Read and parse every note, without the cache of parsed notes kept between runs ($XDG_CACHE_HOME/genegraph, docs/note-cache.md).",
    };

    /// <summary>The note cache's file this command would read (it may not exist yet); null when the command reads every note.</summary>
    public FileInfo? CacheFile(ParseResult parse) =>
        UsesCache(parse) ? new FileInfo(NoteCache.FileOf(parse.GetValue(Vault)!.FullName, NoteCache.DefaultDirectory())) : null;

    private bool UsesCache(ParseResult parse) => parse.CommandResult.Command.Options.Contains(NoCache) && !parse.GetValue(NoCache);

    /// <summary>Added by the commands that check genes (check, export, load): a table path, or <c>builtin</c>.</summary>
    public Option<string?> GeneTable { get; } = new("--gene-table")
    {
        Description = "Check the notes' symbols, NCBI links, plots' Ensembl ids and loci (GG401-GG404) against a TSV of reference " +
                      "genes (entrez_id, symbol, ensembl_gene_ids, ucsc_hg38_locations, aliases), or 'builtin' for the NCBI Gene " +
                      "table shipped inside GeneGraph (2022-09-12).",
    };

    /// <summary>
    /// The graph of the vault, its genes checked against <see cref="GeneTable"/> when the command has the option and it
    /// is given; null (after saying so on stderr) when the folder does not exist or the table cannot be read.
    /// </summary>
    public VaultGraphResult? Read(ParseResult parse)
    {
        var folder = parse.GetValue(Vault)!;
        if (!folder.Exists)
        {
            Console.Error.WriteLine(File.Exists(folder.FullName)
                ? $"genegraph: error: '{folder}' is a file; give the vault's folder (the one that holds the notes)"
                : $"genegraph: error: vault folder '{folder}' does not exist");
            return null;
        }
        var cache = UsesCache(parse) ? NoteCache.Open(folder.FullName, NoteCache.DefaultDirectory()) : null;
        var result = VaultGraph.Build(folder.FullName, ReadingOptions.Limits(parse), cache);
        var geneTable = parse.CommandResult.Command.Options.Contains(GeneTable) ? parse.GetValue(GeneTable) : null;
        if (geneTable is null) return result;
        try
        {
            var table = geneTable == References.GeneTable.BuiltInName
                ? References.GeneTable.LoadBuiltIn(result.Diagnostics)
                : References.GeneTable.Load(geneTable, result.Diagnostics);
            GeneChecks.Run(result.Notes, table, result.Diagnostics);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"genegraph: error: cannot read the gene table '{geneTable}': {e.Message}");
            return null;
        }
    }

    /// <summary>True for <c>check</c>, whose job is to list every diagnostic; other commands count the warnings in one line.</summary>
    public bool ListsEveryDiagnostic { get; init; }

    /// <summary>
    /// Prints the diagnostics on stderr (errors only under <c>--quiet</c>, every one under <c>check</c> or
    /// <c>--verbose</c>, else errors and one line counting the rest by code); returns the exit code they call for
    /// (under <c>--strict</c>, warnings fail).
    /// </summary>
    public int Report(ParseResult parse, VaultGraphResult result)
    {
        var listing = parse.GetValue(ReadingOptions.Quiet) ? DiagnosticListing.ErrorsOnly
            : ListsEveryDiagnostic || parse.GetValue(ReadingOptions.Verbose) ? DiagnosticListing.Full
            : DiagnosticListing.Summary;
        return DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(Strict), Console.Error, listing, parse.GetValue(Vault)!.ToString());
    }

    /// <summary>Whether <c>--quiet</c> asks for errors only (no "wrote …" lines either).</summary>
    public static bool Quiet(ParseResult parse) => parse.GetValue(ReadingOptions.Quiet);
}
