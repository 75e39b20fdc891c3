using GeneGraph.Diagnostics;
using GeneGraph.Graph;
using GeneGraph.Values;

namespace GeneGraph.Enrichment;

/// <summary>Genes whose loci correlate with one trait in opposite signs: worth a look before reading the gene's r as one effect.</summary>
public static class SignConflicts
{
    public static IReadOnlyList<GeneTraitLink> Find(KnowledgeGraph graph) =>
        GeneTraitLink.All(graph).Where(l => !l.SignsAgree).ToList();

    /// <summary>One note (GG501) per conflict, at the first plot of the gene's loci for the trait.</summary>
    public static void Report(KnowledgeGraph graph, DiagnosticBag diagnostics)
    {
        foreach (var link in Find(graph))
        {
            var at = link.Correlations.SelectMany(c => c.Sources).Min();
            var loci = string.Join(", ", link.Correlations.Select(c => $"{c.Source.Key} r = {NumberText.RoundTrip(GeneTraitLink.R(c))}"));
            diagnostics.Report(at.Path, at.Line, DiagnosticCode.OppositeSigns,
                $"{link.Gene.Key}'s loci correlate with {link.Trait.Key} in opposite signs ({link.Positive} positive, {link.Negative} negative): {loci}");
        }
    }
}
