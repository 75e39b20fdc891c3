using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Queries;

/// <summary>
/// The Cypher pack answered in-process on the QuikGraph graph, with the same parameters, columns, rows and order
/// as cypher/queries/*.cypher on a server holding the same graph. Lists of genes are sorted (Cypher's
/// <c>collect</c> has no defined order; compare them as sets). Trait and gene names match as
/// <see cref="NameMatch"/> says; every question that walks a correlation keeps only those with |r| ≥ minAbsR and
/// of the sign asked for.
/// </summary>
public static class GraphQuestions
{
    public static QueryResultTable Answer(KnowledgeGraph graph, Question question, QuestionParameters parameters) => question switch
    {
        Question.TraitsToPathways => LinkedThroughGenes(graph, RelationshipType.InPathway, "pathway", parameters),
        Question.TraitsToDiseases => LinkedThroughGenes(graph, RelationshipType.AssociatedWith, "disease", parameters),
        Question.StrongestLoci => StrongestLoci(graph, parameters),
        Question.GeneNeighbourhood => GeneNeighbourhood(graph, Require(parameters.Gene, "gene"), parameters),
        Question.PapersForGene => PapersForGene(graph, Require(parameters.Gene, "gene")),
        Question.SharedPathways => SharedPathways(graph, Require(parameters.Trait, "trait"), Require(parameters.TraitB, "second trait"), parameters),
        Question.TraitsToEnrichedPathways => EnrichmentQuestions.EnrichedPathways(graph, parameters.Trait, parameters.MaxQ),
        Question.SignConflicts => EnrichmentQuestions.SignConflicts(graph, parameters.Trait, parameters.MinAbsR),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    private static string Require(string? value, string what) =>
        value ?? throw new ArgumentException($"this question needs a {what}");

    /// <summary>
    /// Every (trait, locus, gene, correlation) walk whose trait <paramref name="trait"/> names and whose correlation the
    /// parameters admit: a CORRELATES_WITH edge and each gene that has its locus.
    /// </summary>
    private static IEnumerable<(GraphNode Trait, GraphNode Locus, GraphNode Gene, GraphEdge Correlation)> Walks(
        KnowledgeGraph graph, string? trait, QuestionParameters p) =>
        from c in graph.EdgesOfType(RelationshipType.CorrelatesWith)
        where NameMatch.Matches(c.Target.Key, trait) && p.Admits(R(c), AbsR(c))
        from h in graph.InEdges(c.Source).Where(e => e.Type == RelationshipType.HasLocus)
        select (c.Target, c.Source, h.Source, c);

    private static double AbsR(GraphEdge correlation) => (double)correlation.Properties[RelationshipProperties.AbsR]!;

    private static double R(GraphEdge correlation) => (double)correlation.Properties[RelationshipProperties.R]!;

    private static List<string> SortedKeys(IEnumerable<GraphNode> nodes) =>
        nodes.Select(n => n.Key).Distinct().Order(StringComparer.Ordinal).ToList();

    private static QueryResultTable LinkedThroughGenes(KnowledgeGraph graph, RelationshipType type, string column, QuestionParameters p)
    {
        var rows =
            (from w in Walks(graph, p.Trait, p)
             from link in graph.OutEdges(w.Gene).Where(e => e.Type == type)
             group (w.Gene, AbsR: AbsR(w.Correlation)) by (w.Trait, End: link.Target) into g
             select (g.Key.Trait, g.Key.End, Genes: SortedKeys(g.Select(x => x.Gene)), Mean: g.Average(x => x.AbsR)))
            .OrderBy(x => x.Trait.Key, StringComparer.Ordinal)
            .ThenByDescending(x => x.Genes.Count)
            .ThenByDescending(x => x.Mean)
            .ThenBy(x => x.End.Key, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<object?>)[x.Trait.Key, x.End.Key, x.End.Properties[NodeProperties.Name], (long)x.Genes.Count, x.Mean, x.Genes]);
        return new QueryResultTable(["trait", column, NodeProperties.Name.Name, "geneCount", "meanAbsR", "genes"], rows.ToList());
    }

    /// <summary>The strongest correlations first, over every trait when none is given (then trait, locus, gene).</summary>
    private static QueryResultTable StrongestLoci(KnowledgeGraph graph, QuestionParameters p)
    {
        var rows = Walks(graph, p.Trait, p)
            .OrderByDescending(w => AbsR(w.Correlation)).ThenBy(w => w.Trait.Key, StringComparer.Ordinal)
            .ThenBy(w => w.Locus.Key, StringComparer.Ordinal).ThenBy(w => w.Gene.Key, StringComparer.Ordinal)
            .Take((int)Math.Clamp(p.Limit, 0, int.MaxValue))
            .Select(w => (IReadOnlyList<object?>)[w.Trait.Key, w.Locus.Key, w.Gene.Key, R(w.Correlation), AbsR(w.Correlation), w.Correlation.Properties[RelationshipProperties.Plot]]);
        return new QueryResultTable(
            ["trait", "locus", "gene", RelationshipProperties.R.Name, RelationshipProperties.AbsR.Name, RelationshipProperties.Plot.Name], rows.ToList());
    }

    private static QueryResultTable GeneNeighbourhood(KnowledgeGraph graph, string gene, QuestionParameters p)
    {
        var columns = new[] { "relationship", "direction", "label", GraphSchema.Key.Name, NodeProperties.Name.Name, RelationshipProperties.R.Name };
        static string Name(GraphNode n) => n.DisplayName; // coalesce(n.name, n.symbol, n.id), as the Cypher pack has it
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var node in NameMatch.Find(graph, NodeLabel.Gene, gene))
        {
            rows.AddRange(graph.OutEdges(node).Select(e => Row(e.Type.Name(), "out", e.Target, Name(e.Target), null)));
            rows.AddRange(graph.InEdges(node).Select(e => Row(e.Type.Name(), "in", e.Source, Name(e.Source), null)));
            rows.AddRange(from h in graph.OutEdges(node).Where(e => e.Type == RelationshipType.HasLocus)
                          from c in graph.OutEdges(h.Target).Where(e => e.Type == RelationshipType.CorrelatesWith && p.Admits(R(e), AbsR(e)))
                          select Row(RelationshipType.CorrelatesWith.Name(), "via " + h.Target.Key, c.Target, Name(c.Target), R(c)));
        }
        return new QueryResultTable(columns, rows);

        static IReadOnlyList<object?> Row(string type, string direction, GraphNode n, string name, object? r) =>
            [type, direction, n.Label.ToString(), n.Key, name, r];
    }

    private static QueryResultTable PapersForGene(KnowledgeGraph graph, string gene)
    {
        var columns = new[] { "paper", NodeProperties.Url.Name, NodeProperties.Question.Name, RelationshipProperties.Claim.Name };
        var rows = NameMatch.Find(graph, NodeLabel.Gene, gene)
            .SelectMany(node => graph.InEdges(node).Where(e => e.Type == RelationshipType.Mentions))
            .OrderBy(e => e.Source.Key, StringComparer.Ordinal)
            .Select(e => (IReadOnlyList<object?>)[e.Source.Key, e.Source.Properties[NodeProperties.Url], e.Source.Properties[NodeProperties.Question], e.Properties[RelationshipProperties.Claim]]);
        return new QueryResultTable(columns, rows.ToList());
    }

    private static QueryResultTable SharedPathways(KnowledgeGraph graph, string traitA, string traitB, QuestionParameters p)
    {
        var genesByPathway = (string trait) =>
            (from w in Walks(graph, trait, p)
             from link in graph.OutEdges(w.Gene).Where(e => e.Type == RelationshipType.InPathway)
             group w.Gene by link.Target)
            .ToDictionary(g => g.Key, g => SortedKeys(g));
        var a = genesByPathway(traitA);
        var b = genesByPathway(traitB);
        var rows = a.Keys.Where(b.ContainsKey)
            .Select(x => (Pathway: x, A: a[x], B: b[x], Count: (long)a[x].Union(b[x]).Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Pathway.Key, StringComparer.Ordinal)
            .Select(x => (IReadOnlyList<object?>)[x.Pathway.Key, x.Pathway.Properties[NodeProperties.Name], x.A, x.B, x.Count]);
        return new QueryResultTable(["pathway", NodeProperties.Name.Name, "genesA", "genesB", "geneCount"], rows.ToList());
    }
}
