using GeneGraph.Enrichment;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Enrichment;

/// <summary>The CORRELATES_WITH_TRAIT edges say what the locus-level CORRELATES_WITH edges they summarise say.</summary>
public sealed class GeneTraitEdgeTests
{
    [Fact]
    public void Every_gene_trait_edge_agrees_with_the_locus_edges_of_the_thesis_vault()
    {
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        var before = graph.EdgeCount;
        DerivedEdges.AddGeneTrait(graph);
        var summaries = graph.EdgesOfType(RelationshipType.CorrelatesWithTrait).ToList();
        Assert.Equal(before + summaries.Count, graph.EdgeCount);

        var walks = graph.Edges.Where(h => h.Type == RelationshipType.HasLocus)
            .SelectMany(h => graph.OutEdges(h.Target).Where(c => c.Type == RelationshipType.CorrelatesWith).Select(c => (Gene: h.Source.Key, Correlation: c)))
            .GroupBy(x => (x.Gene, Trait: x.Correlation.Target.Key)).ToDictionary(g => g.Key, g => g.Select(x => x.Correlation).ToList());
        Assert.Equal(walks.Keys.Order(), summaries.Select(e => (Gene: e.Source.Key, Trait: e.Target.Key)).Order());
        foreach (var edge in summaries)
        {
            var rs = walks[(edge.Source.Key, edge.Target.Key)].Select(c => (double)c.Properties[RelationshipProperties.R]!).ToList();
            Assert.Equal((long)rs.Count, edge.Properties[RelationshipProperties.Loci]);
            Assert.Equal(rs.Max(Math.Abs), edge.Properties[RelationshipProperties.MaxAbsR]);
            Assert.Equal(rs.Sum() / rs.Count, (double)edge.Properties[RelationshipProperties.MeanR]!, 15);
            Assert.Equal(!(rs.Any(r => r > 0) && rs.Any(r => r < 0)), edge.Properties[RelationshipProperties.SignsAgree]);
            var sources = walks[(edge.Source.Key, edge.Target.Key)].SelectMany(c => c.Sources).Distinct().Order();
            Assert.Equal(sources, edge.Sources);
        }
        Assert.Contains(summaries, e => e.Properties[RelationshipProperties.SignsAgree] is false);
        Assert.Contains(summaries, e => (long)e.Properties[RelationshipProperties.Loci]! > 1);
    }
}
