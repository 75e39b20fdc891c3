using System.Globalization;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Enrichment;

/// <summary>Gene notes written for a test: each with its plots (trait, r, locus) and the pathways its GeneCards summary names.</summary>
internal static class EnrichmentVault
{
    public sealed record Gene(string Symbol, int Number, IReadOnlyList<(string Trait, double R, int Locus)> Plots, IReadOnlyList<string> Pathways);

    public static (string Path, string Text) Note(Gene gene)
    {
        var ensembl = $"ENSG{gene.Number:D11}";
        var text = new System.Text.StringBuilder("# Plots\n");
        foreach (var trait in gene.Plots.Select(p => p.Trait).Distinct())
        {
            text.Append("## ").Append(trait).Append('\n');
            foreach (var plot in gene.Plots.Where(p => p.Trait == trait))
            {
                var locus = $"chr1.{gene.Number * 1000 + plot.Locus * 100}.{gene.Number * 1000 + plot.Locus * 100 + 50}";
                text.Append(TestNotes.Plot(plot.R.ToString("R", CultureInfo.InvariantCulture), ensembl, locus)).Append("\n\n");
            }
        }
        text.Append("# Info\n### GeneCards Summary for ").Append(gene.Symbol).Append(" Gene\n\n")
            .Append(gene.Symbol).Append(" (").Append(gene.Symbol).Append(" Protein) is a Protein Coding gene.");
        if (gene.Pathways.Count > 0)
        {
            var links = gene.Pathways.Select(p => $"[{p}](https://pathcards.genecards.org/card/{p} \"See {p} at Pathcards\")").ToList();
            var list = links.Count == 1 ? links[0] : string.Join(", ", links.Take(links.Count - 1)) + " and " + links[^1];
            text.Append(" Among its related pathways are ").Append(list).Append('.');
        }
        text.Append('\n');
        return (TestNotes.GeneDump + gene.Symbol + ".md", text.ToString());
    }

    public static (string Path, string Text)[] GeneNotes(params Gene[] genes) => genes.Select(Note).ToArray();
}
