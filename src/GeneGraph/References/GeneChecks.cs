using System.Globalization;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.References;

/// <summary>
/// Checks the genes of a vault's notes against a <see cref="GeneTable"/> (docs/gene-checks.md): a symbol that is
/// only an alias or previous symbol of a gene (GG401), a plot whose Ensembl id is another gene's (GG402), an NCBI link
/// whose id is another gene (GG403), a locus farther than <see cref="LocusMargin"/> from its gene (GG404). Each
/// diagnostic names the fix; none is applied: the graph is built from the notes as they are.
/// </summary>
public static class GeneChecks
{
    /// <summary>How far (bases) a plot's locus may lie outside its gene's hg38 extent: promoters and enhancers upstream.</summary>
    public const long LocusMargin = 10_000;

    public static void Run(IEnumerable<NoteFacts> notes, GeneTable table, DiagnosticBag diagnostics)
    {
        foreach (var note in notes.Where(n => n.IsGeneNote))
            Check(note, table, diagnostics);
    }

    private static void Check(NoteFacts note, GeneTable table, DiagnosticBag diagnostics)
    {
        var symbol = note.Symbol!;
        var current = table.BySymbol(symbol.Value);
        var byAlias = current is null ? table.ByAlias(symbol.Value) : [];
        if (byAlias.Count > 0)
            diagnostics.Report(note.Path, symbol.Line, DiagnosticCode.SymbolIsAlias,
                $"{symbol.Value} is not a current gene symbol but an alias or previous symbol of {Names(byAlias)}; " +
                $"fix: name the note and its headings {(byAlias.Count == 1 ? byAlias[0].Symbol : "after the gene meant")}");
        var ncbiGene = note.NcbiGeneId is { } ncbi ? table.ByEntrez(ncbi.Value) : null;
        // The gene the note is about: its symbol's, else the one its alias names unambiguously, else its NCBI link's.
        var noteGene = current ?? (byAlias.Count == 1 ? byAlias[0] : null) ?? ncbiGene;

        if (note.NcbiGeneId is { } link && ncbiGene is not null && noteGene is not null && ncbiGene != noteGene)
            diagnostics.Report(note.Path, link.Line, DiagnosticCode.NcbiLinkOfAnotherGene,
                $"the NCBI Gene link's id {link.Value} is {ncbiGene}, not {noteGene}; " +
                $"fix: link https://www.ncbi.nlm.nih.gov/gene/{noteGene.EntrezId.ToString(CultureInfo.InvariantCulture)}");

        foreach (var plot in note.Plots)
        {
            var owners = table.ByEnsembl(plot.Name.EnsemblId);
            if (noteGene is not null && owners.Count > 0 && !owners.Contains(noteGene))
                diagnostics.Report(note.Path, plot.Line, DiagnosticCode.PlotOfAnotherGene,
                    $"plot '{plot.FileName}' names {plot.Name.EnsemblId}, which is {Names(owners)}, not {noteGene}; " +
                    $"fix: move the plot to the note of {owners[0].Symbol}, or name {EnsemblOf(noteGene)} if the plot is {noteGene.Symbol}'s");
            // The plot's gene: the note's when the id is one of its ids (an id may be listed under two genes), else the id's.
            var gene = noteGene is not null && (owners.Count == 0 || owners.Contains(noteGene)) ? noteGene : owners.FirstOrDefault();
            if (gene is null || gene.Locations.Count == 0) continue;
            var nearest = gene.Nearest(plot.Name.Locus);
            if (nearest is not { } near || near.Distance > LocusMargin)
                diagnostics.Report(note.Path, plot.Line, DiagnosticCode.LocusOutsideGene,
                    $"locus {plot.Name.Locus} of plot '{plot.FileName}' lies " +
                    (nearest is { } n
                        ? $"{n.Distance.ToString(CultureInfo.InvariantCulture)} bases outside {gene} (nearest hg38 location {n.Location})"
                        : $"on another chromosome than {gene} ({string.Join(", ", gene.Locations.Distinct())}, hg38)") +
                    $", beyond the {LocusMargin.ToString(CultureInfo.InvariantCulture)}-base margin; " +
                    "fix: check the plot's gene and coordinates (assembly hg38?)");
        }
    }

    private static string Names(IReadOnlyList<ReferenceGene> genes) => string.Join(" or ", genes.Select(g => g.ToString()));

    private static string EnsemblOf(ReferenceGene gene) => gene.EnsemblIds.Count > 0 ? gene.EnsemblIds[0] : "its Ensembl id";
}
