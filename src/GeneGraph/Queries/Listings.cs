using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Queries;

/// <summary>What can be asked about: <c>genegraph query &lt;vault&gt; traits</c>, <c>genes</c>, … list the nodes of one kind with counts.</summary>
public enum Listing
{
    Traits,
    Genes,
    Loci,
    Pathways,
    Diseases,
    GoTerms,
    Papers,
}

public static class Listings
{
    public static IReadOnlyList<Listing> All { get; } = Enum.GetValues<Listing>();

    /// <summary>The command-line name: <c>traits</c>, <c>goterms</c>.</summary>
    public static string Name(this Listing listing) => listing.ToString().ToLowerInvariant();

    public static Listing? Parse(string name) => All.Cast<Listing?>().FirstOrDefault(l => l!.Value.Name() == name.Trim().ToLowerInvariant());

    /// <summary>
    /// The nodes of the kind with their counts. Correlations count only when <paramref name="p"/> admits them (its
    /// <see cref="QuestionParameters.MinAbsR"/> and <see cref="QuestionParameters.Sign"/>).
    /// </summary>
    public static QueryResultTable Answer(KnowledgeGraph graph, Listing listing, QuestionParameters p) => listing switch
    {
        Listing.Traits => Traits(graph, p),
        Listing.Genes => Genes(graph, p),
        Listing.Loci => Loci(graph, p),
        Listing.Pathways => GeneEnds(graph, NodeLabel.Pathway, RelationshipType.InPathway, "pathway"),
        Listing.Diseases => GeneEnds(graph, NodeLabel.Disease, RelationshipType.AssociatedWith, "disease"),
        Listing.GoTerms => GeneEnds(graph, NodeLabel.GoTerm, RelationshipType.HasGoAnnotation, "goterm"),
        Listing.Papers => Papers(graph),
        _ => throw new ArgumentOutOfRangeException(nameof(listing), listing, null),
    };

    private static double R(GraphEdge c) => (double)c.Properties[RelationshipProperties.R]!;

    private static double AbsR(GraphEdge c) => (double)c.Properties[RelationshipProperties.AbsR]!;

    private static IEnumerable<GraphEdge> Correlations(KnowledgeGraph graph, GraphNode locus, QuestionParameters p) =>
        graph.OutEdges(locus).Where(e => e.Type == RelationshipType.CorrelatesWith && p.Admits(R(e), AbsR(e)));

    private static IEnumerable<GraphNode> Out(KnowledgeGraph graph, GraphNode node, RelationshipType type) =>
        graph.OutEdges(node).Where(e => e.Type == type).Select(e => e.Target);

    private static IEnumerable<GraphNode> In(KnowledgeGraph graph, GraphNode node, RelationshipType type) =>
        graph.InEdges(node).Where(e => e.Type == type).Select(e => e.Source);

    /// <summary>Traits, most genes first: genes and loci with an admitted correlation, and the largest |r|.</summary>
    private static QueryResultTable Traits(KnowledgeGraph graph, QuestionParameters p)
    {
        var rows = graph.NodesWithLabel(NodeLabel.Trait)
            .Select(t => (Trait: t, Correlations: graph.InEdges(t)
                .Where(e => e.Type == RelationshipType.CorrelatesWith && p.Admits(R(e), AbsR(e))).ToList()))
            .Select(x => (x.Trait, x.Correlations,
                Genes: x.Correlations.SelectMany(c => In(graph, c.Source, RelationshipType.HasLocus)).Distinct().Count()))
            .OrderByDescending(x => x.Genes).ThenBy(x => x.Trait.Key, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<object?>)
                [x.Trait.Key, (long)x.Genes, (long)x.Correlations.Count, x.Correlations.Count > 0 ? x.Correlations.Max(AbsR) : null]);
        return new QueryResultTable(["trait", "genes", "loci", "maxAbsR"], rows.ToList());
    }

    /// <summary>Genes by symbol: traits and loci (admitted correlations), pathways, diseases, papers.</summary>
    private static QueryResultTable Genes(KnowledgeGraph graph, QuestionParameters p)
    {
        var rows = graph.NodesWithLabel(NodeLabel.Gene)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var loci = Out(graph, g, RelationshipType.HasLocus).ToList();
                var traits = loci.SelectMany(l => Correlations(graph, l, p)).Select(c => c.Target).Distinct().Count();
                return (IReadOnlyList<object?>)
                [
                    g.Key, (long)traits, (long)loci.Count, (long)Out(graph, g, RelationshipType.InPathway).Count(),
                    (long)Out(graph, g, RelationshipType.AssociatedWith).Count(), (long)In(graph, g, RelationshipType.Mentions).Count(),
                ];
            });
        return new QueryResultTable(["gene", "traits", "loci", "pathways", "diseases", "papers"], rows.ToList());
    }

    /// <summary>Loci by id: their genes and how many traits they correlate with (admitted correlations).</summary>
    private static QueryResultTable Loci(KnowledgeGraph graph, QuestionParameters p)
    {
        var rows = graph.NodesWithLabel(NodeLabel.Locus)
            .OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => (IReadOnlyList<object?>)
            [
                l.Key, In(graph, l, RelationshipType.HasLocus).Select(g => g.Key).Order(StringComparer.Ordinal).ToList(),
                (long)Correlations(graph, l, p).Select(c => c.Target).Distinct().Count(),
            ]);
        return new QueryResultTable(["locus", "genes", "traits"], rows.ToList());
    }

    /// <summary>Pathways, diseases or GO terms, most genes first.</summary>
    private static QueryResultTable GeneEnds(KnowledgeGraph graph, NodeLabel label, RelationshipType type, string column)
    {
        var rows = graph.NodesWithLabel(label)
            .Select(n => (Node: n, Genes: (long)In(graph, n, type).Distinct().Count()))
            .OrderByDescending(x => x.Genes).ThenBy(x => x.Node.Key, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<object?>)[x.Node.Key, x.Node.Properties[NodeProperties.Name], x.Genes]);
        return new QueryResultTable([column, NodeProperties.Name.Name, "genes"], rows.ToList());
    }

    /// <summary>Papers, most genes mentioned first, with the question their claims answered.</summary>
    private static QueryResultTable Papers(KnowledgeGraph graph)
    {
        var rows = graph.NodesWithLabel(NodeLabel.Paper)
            .Select(n => (Node: n, Genes: (long)Out(graph, n, RelationshipType.Mentions).Distinct().Count()))
            .OrderByDescending(x => x.Genes).ThenBy(x => x.Node.Key, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<object?>)[x.Node.Key, x.Node.Properties[NodeProperties.Question], x.Node.Properties[NodeProperties.Url], x.Genes]);
        return new QueryResultTable(["paper", NodeProperties.Question.Name, NodeProperties.Url.Name, "genes"], rows.ToList());
    }
}
