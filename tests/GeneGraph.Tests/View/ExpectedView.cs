using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Tests.View;

/// <summary>
/// What the view page should show, worked out here on the graph, apart from the page's own script: the chosen trait
/// (or every trait) with its correlations of at least <c>minAbsR</c> and of the <c>sign</c> asked for, the strongest <c>top</c> of each (0: all),
/// their loci and the loci's genes, the genes' neighbours of the annotation kinds asked for; the edges are every edge
/// between shown nodes, correlations only when they pass <c>minAbsR</c> and <c>sign</c>. A trait with no such correlation is left out
/// of the overview.
/// </summary>
internal static class ExpectedView
{
    public static (SortedSet<string> Nodes, SortedSet<string> Edges) Of(
        KnowledgeGraph graph, string? trait, int top, double minAbsR, IReadOnlyCollection<NodeLabel> kinds, string sign = "both")
    {
        bool Passes(GraphEdge e) => e.Type != RelationshipType.CorrelatesWith || (Math.Abs((double)e.Properties["r"]!) >= minAbsR - 1e-9
            && (sign == "both" || (sign == "positive") == ((double)e.Properties["r"]! >= 0)));
        var nodes = new HashSet<GraphNode>();
        var traits = trait is null ? graph.NodesWithLabel(NodeLabel.Trait).ToList() : [graph.Nodes.Single(n => n.Uid == trait)];
        if (trait is not null) nodes.Add(traits[0]);
        foreach (var t in traits)
        {
            var kept = graph.InEdges(t).Where(e => e.Type == RelationshipType.CorrelatesWith && Passes(e))
                .OrderByDescending(e => Math.Abs((double)e.Properties["r"]!)).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();
            if (top > 0) kept = kept.Take(top).ToList();
            foreach (var e in kept) nodes.Add(e.Source);
            if (kept.Count > 0) nodes.Add(t);
        }
        foreach (var locus in nodes.Where(n => n.Label == NodeLabel.Locus).ToList())
            foreach (var e in graph.InEdges(locus).Where(e => e.Type == RelationshipType.HasLocus)) nodes.Add(e.Source);
        foreach (var gene in nodes.Where(n => n.Label == NodeLabel.Gene).ToList())
            foreach (var e in graph.OutEdges(gene).Concat(graph.InEdges(gene)))
            {
                var other = e.Source == gene ? e.Target : e.Source;
                if (kinds.Contains(other.Label)) nodes.Add(other);
            }
        var edges = graph.Edges.Where(e => nodes.Contains(e.Source) && nodes.Contains(e.Target) && Passes(e)).Select(e => e.Uid);
        return (new SortedSet<string>(nodes.Select(n => n.Uid), StringComparer.Ordinal), new SortedSet<string>(edges, StringComparer.Ordinal));
    }

    public static readonly NodeLabel[] Annotations = [NodeLabel.Pathway, NodeLabel.Disease, NodeLabel.GoTerm, NodeLabel.Paper];
}
