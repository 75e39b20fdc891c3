using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Enrichment;

/// <summary>
/// Over-representation of a trait's genes among the genes linked to each pathway, disease or GO term: the exact
/// hypergeometric upper tail, with Benjamini–Hochberg q over the tests of one trait and kind (docs/enrichment.md).
/// A term is tested for a trait when at least one of the trait's genes is linked to it (k ≥ 1).
/// </summary>
public static class OverRepresentation
{
    /// <summary>
    /// The tests of <paramref name="kinds"/> for <paramref name="trait"/> (null: every trait), in trait, kind, q, p,
    /// term order, those with q above <see cref="EnrichmentOptions.MaxQ"/> left out.
    /// </summary>
    public static IReadOnlyList<EnrichmentResult> Compute(
        KnowledgeGraph graph, Background background, EnrichmentOptions options, IEnumerable<TermKind> kinds, string? trait = null)
    {
        var traitGenes = TraitGenes(graph, background, options.Filter);
        var traits = graph.NodesWithLabel(NodeLabel.Trait).Where(t => trait is null || t.Key == trait).ToList();
        var results = new List<EnrichmentResult>();
        foreach (var kind in kinds)
        {
            var termGenes = TermGenes(graph, background, kind);
            var tests = traits.SelectMany(t => Tests(t, kind, traitGenes.GetValueOrDefault(t, []), termGenes, background.Genes.Count)).ToList();
            var families = options.AcrossTraits ? tests.GroupBy(_ => "") : tests.GroupBy(r => r.Trait.Key);
            foreach (var family in families)
            {
                var members = family.ToList();
                var q = BenjaminiHochberg.Adjust(members.ConvertAll(r => r.P));
                results.AddRange(members.Select((r, i) => r with { Q = q[i] }).Where(r => r.Q <= options.MaxQ));
            }
        }
        return results
            .OrderBy(r => r.Trait.Key, StringComparer.Ordinal).ThenBy(r => r.Kind)
            .ThenBy(r => r.Q).ThenBy(r => r.P).ThenBy(r => r.Term.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Each trait's genes: the background genes with a locus the filter admits.</summary>
    public static Dictionary<GraphNode, HashSet<GraphNode>> TraitGenes(KnowledgeGraph graph, Background background, TraitGeneFilter filter) =>
        GeneTraitLink.All(graph)
            .Where(l => background.Genes.Contains(l.Gene) && l.Rs.Any(filter.Admits))
            .GroupBy(l => l.Trait)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Gene).ToHashSet());

    /// <summary>Each term of the kind with the background genes linked to it.</summary>
    private static Dictionary<GraphNode, HashSet<GraphNode>> TermGenes(KnowledgeGraph graph, Background background, TermKind kind) =>
        graph.EdgesOfType(kind.Link())
            .Where(e => background.Genes.Contains(e.Source))
            .GroupBy(e => e.Target)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Source).ToHashSet());

    private static IEnumerable<EnrichmentResult> Tests(
        GraphNode trait, TermKind kind, HashSet<GraphNode> genes, Dictionary<GraphNode, HashSet<GraphNode>> termGenes, int backgroundGenes)
    {
        foreach (var (term, linked) in termGenes)
        {
            var overlap = linked.Where(genes.Contains).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
            if (overlap.Count == 0) continue;
            var p = HypergeometricTail.UpperTail(overlap.Count, genes.Count, linked.Count, backgroundGenes);
            yield return new EnrichmentResult(trait, kind, term, overlap.Count, genes.Count, linked.Count, backgroundGenes, p, Q: p, overlap);
        }
    }
}
