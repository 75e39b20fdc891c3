using GeneGraph.Enrichment;
using GeneGraph.Graph;
using GeneGraph.Schema;
using static GeneGraph.Schema.RelationshipProperties;

namespace GeneGraph.Queries;

/// <summary>The questions on enrichment and on the signs of a gene's loci (docs/enrichment.md).</summary>
public static class EnrichmentQuestions
{
    /// <summary>The columns of an enrichment answer: k, n, K, N as the statistics write them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["trait", "kind", "term", NodeProperties.Name.Name, "k", "n", "K", "N", Fold.Name, P.Name, Q.Name, OverlapGenes.Name];

    /// <summary><c>genegraph query &lt;vault&gt; enrichment</c>: the tests as computed, in trait, kind, q, p order.</summary>
    public static QueryResultTable Enrichment(IEnumerable<EnrichmentResult> results) =>
        new(Columns, results.Select(r => (IReadOnlyList<object?>)
        [
            r.Trait.Key, r.Kind.Name(), r.Term.Key, r.Term.Properties[NodeProperties.Name],
            (long)r.Overlap, (long)r.TraitGenes, (long)r.TermGenes, (long)r.BackgroundGenes, r.Fold, r.P, r.Q, r.Genes,
        ]).ToList());

    /// <summary>cypher/queries/traits-to-enriched-pathways.cypher: the ENRICHED_IN edges to pathways with q ≤ maxQ.</summary>
    public static QueryResultTable EnrichedPathways(KnowledgeGraph graph, string? trait, double maxQ)
    {
        var rows = graph.EdgesOfType(RelationshipType.EnrichedInPathway)
            .Where(e => NameMatch.Matches(e.Source.Key, trait) && (double)e.Properties[Q]! <= maxQ)
            .OrderBy(e => e.Source.Key, StringComparer.Ordinal).ThenBy(e => (double)e.Properties[Q]!)
            .ThenBy(e => (double)e.Properties[P]!).ThenBy(e => e.Target.Key, StringComparer.Ordinal)
            .Select(e => (IReadOnlyList<object?>)
            [
                e.Source.Key, e.Target.Key, e.Target.Properties[NodeProperties.Name], e.Properties[Overlap], e.Properties[TraitGenes],
                e.Properties[TermGenes], e.Properties[BackgroundGenes], e.Properties[Fold], e.Properties[P], e.Properties[Q], e.Properties[OverlapGenes],
            ]);
        return new QueryResultTable(
            ["trait", "pathway", NodeProperties.Name.Name, "k", "n", "K", "N", Fold.Name, P.Name, Q.Name, OverlapGenes.Name], rows.ToList());
    }

    /// <summary>
    /// cypher/queries/sign-conflicts.cypher: genes whose loci correlate with one trait in opposite signs, counting
    /// only the correlations with |r| ≥ <paramref name="minAbsR"/>.
    /// </summary>
    public static QueryResultTable SignConflicts(KnowledgeGraph graph, string? trait, double minAbsR = 0)
    {
        var rows = GeneTraitLink.All(graph)
            .Where(l => NameMatch.Matches(l.Trait.Key, trait))
            .Select(l => l with { Correlations = l.Correlations.Where(c => (double)c.Properties[AbsR]! >= minAbsR).ToList() })
            .Where(l => l.Correlations.Count > 0 && !l.SignsAgree)
            .Select(l => (IReadOnlyList<object?>)
                [l.Trait.Key, l.Gene.Key, l.Loci, (long)l.Positive, (long)l.Negative, l.Rs.Min(), l.Rs.Max()]);
        return new QueryResultTable(["trait", "gene", Loci.Name, "positive", "negative", "minR", "maxR"], rows.ToList());
    }
}
