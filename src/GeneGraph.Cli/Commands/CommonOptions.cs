using System.CommandLine;

namespace GeneGraph.Cli.Commands;

/// <summary>Arguments and options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Argument<DirectoryInfo> Vault() => new("vault")
    {
        Description = "The Obsidian vault folder (every *.md below it is read; hidden folders are skipped).",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Exit with 1 when any warning was reported, not only on errors.",
    };

    public static Option<string?> GeneTable() => new("--gene-table")
    {
        Description = "Check the notes' symbols, NCBI links, plots' Ensembl ids and loci (GG401-GG404) against a TSV of reference " +
                      "genes (entrez_id, symbol, ensembl_gene_ids, ucsc_hg38_locations, aliases), or 'builtin' for the NCBI Gene " +
                      "table shipped inside GeneGraph (2022-09-12).",
    };
}
