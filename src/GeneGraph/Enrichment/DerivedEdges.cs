using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Enrichment;

/// <summary>The derived relationships a graph can be given: each is written only when asked (<c>--derived</c>).</summary>
[Flags]
public enum DerivedKinds
{
    None = 0,

    /// <summary><c>ENRICHED_IN</c>: Trait → Pathway, Disease, GoTerm, one edge per test.</summary>
    Enrichment = 1,

    /// <summary><c>CORRELATES_WITH_TRAIT</c>: Gene → Trait, the gene's loci summarised.</summary>
    GeneTrait = 2,
}

/// <summary>Adds the derived relationships to a graph, with the sources of the facts each was computed from.</summary>
public static class DerivedEdges
{
    /// <summary>The names <c>--derived</c> takes: <c>enrichment</c>, <c>gene-trait</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["enrichment", "gene-trait"];

    /// <summary>A comma-separated list of <see cref="Names"/> (empty: none).</summary>
    public static DerivedKinds Parse(IEnumerable<string> names)
    {
        var kinds = DerivedKinds.None;
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            kinds |= name.ToLowerInvariant() switch
            {
                "enrichment" => DerivedKinds.Enrichment,
                "gene-trait" => DerivedKinds.GeneTrait,
                _ => throw new ArgumentException($"--derived takes {string.Join(", ", Names)}, not '{name}'"),
            };
        }
        return kinds;
    }

    public static void Add(KnowledgeGraph graph, DerivedKinds kinds, Background background, EnrichmentOptions options)
    {
        if (kinds.HasFlag(DerivedKinds.GeneTrait)) AddGeneTrait(graph);
        if (kinds.HasFlag(DerivedKinds.Enrichment)) AddEnrichment(graph, background, options);
    }

    /// <summary>One <c>CORRELATES_WITH_TRAIT</c> per gene and trait, summarising every locus (no threshold).</summary>
    public static void AddGeneTrait(KnowledgeGraph graph)
    {
        foreach (var link in GeneTraitLink.All(graph))
        {
            var edge = graph.GetOrAddEdge(link.Gene, RelationshipType.CorrelatesWithTrait, link.Trait, out _);
            edge.Properties.Set(RelationshipProperties.Loci, link.Loci);
            edge.Properties.Set(RelationshipProperties.MaxAbsR, link.MaxAbsR);
            edge.Properties.Set(RelationshipProperties.MeanR, link.MeanR);
            edge.Properties.Set(RelationshipProperties.SignsAgree, link.SignsAgree);
            foreach (var correlation in link.Correlations)
                foreach (var source in correlation.Sources) edge.Sources.Add(source);
        }
    }

    /// <summary>One <c>ENRICHED_IN</c> per test of every trait and kind with q ≤ <see cref="EnrichmentOptions.MaxQ"/>.</summary>
    public static void AddEnrichment(KnowledgeGraph graph, Background background, EnrichmentOptions options)
    {
        var results = OverRepresentation.Compute(graph, background, options, TermKinds.All);
        foreach (var result in results)
        {
            var edge = graph.GetOrAddEdge(result.Trait, result.Kind.EnrichedIn(), result.Term, out _);
            edge.Properties.Set(RelationshipProperties.Overlap, (long)result.Overlap);
            edge.Properties.Set(RelationshipProperties.TraitGenes, (long)result.TraitGenes);
            edge.Properties.Set(RelationshipProperties.TermGenes, (long)result.TermGenes);
            edge.Properties.Set(RelationshipProperties.BackgroundGenes, (long)result.BackgroundGenes);
            edge.Properties.Set(RelationshipProperties.Fold, result.Fold);
            edge.Properties.Set(RelationshipProperties.P, result.P);
            edge.Properties.Set(RelationshipProperties.Q, result.Q);
            edge.Properties.Set(RelationshipProperties.OverlapGenes, result.Genes);
            edge.Properties.Set(RelationshipProperties.MinAbsR, options.Filter.MinAbsR);
            edge.Properties.Set(RelationshipProperties.Sign, options.Filter.SignName);
            edge.Properties.Set(RelationshipProperties.Background, background.Description);
            edge.Properties.Set(RelationshipProperties.Correction, options.CorrectionName);
            foreach (var gene in result.Genes)
            {
                var node = graph.FindNode(NodeLabel.Gene, gene)!;
                var link = graph.FindEdge(node, result.Kind.Link(), result.Term)!;
                foreach (var source in link.Sources) edge.Sources.Add(source);
            }
        }
    }
}
