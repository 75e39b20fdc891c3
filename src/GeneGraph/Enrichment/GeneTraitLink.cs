using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Enrichment;

/// <summary>
/// One gene and one trait: the CORRELATES_WITH edges of the gene's loci (walked as the queries walk them,
/// Gene -HAS_LOCUS-> Locus -CORRELATES_WITH-> Trait) and what they say together.
/// </summary>
public sealed record GeneTraitLink(GraphNode Gene, GraphNode Trait, IReadOnlyList<GraphEdge> Correlations)
{
    public IEnumerable<double> Rs => Correlations.Select(R);

    public long Loci => Correlations.Count;

    public double MaxAbsR => Rs.Max(Math.Abs);

    public double MeanR => Rs.Average();

    public int Positive => Rs.Count(r => r > 0);

    public int Negative => Rs.Count(r => r < 0);

    /// <summary>False when one locus correlates positively and another negatively (r = 0 has no sign).</summary>
    public bool SignsAgree => Positive == 0 || Negative == 0;

    public static double R(GraphEdge correlation) => (double)correlation.Properties[RelationshipProperties.R]!;

    /// <summary>Every gene–trait pair of the graph, in trait then gene key order, each with its loci in key order.</summary>
    public static IReadOnlyList<GeneTraitLink> All(KnowledgeGraph graph) =>
        (from c in graph.EdgesOfType(RelationshipType.CorrelatesWith)
         from h in graph.InEdges(c.Source).Where(e => e.Type == RelationshipType.HasLocus)
         group c by (Gene: h.Source, Trait: c.Target) into g
         orderby g.Key.Trait.Key, g.Key.Gene.Key
         select new GeneTraitLink(g.Key.Gene, g.Key.Trait, g.OrderBy(c => c.Source.Key, StringComparer.Ordinal).ToList()))
        .OrderBy(l => l.Trait.Key, StringComparer.Ordinal).ThenBy(l => l.Gene.Key, StringComparer.Ordinal)
        .ToList();
}
