using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Selection;

/// <summary>
/// The part of a graph a <see cref="GraphSelection"/> names, as a graph of its own (sharing the elements), with the
/// filters as its properties. The rule (docs/partial-exports.md):
/// <list type="number">
/// <item>With <c>--trait</c> and/or <c>--min-abs-r</c>: the correlations to those traits with |r| at least the bound
/// are kept, with their loci and traits (a named trait stays even when none of its correlations does), the genes of
/// those loci, and what hangs off those genes: their pathways, diseases, GO terms and the papers that mention them.
/// Edges between kept nodes stay, except the correlations not kept and a derived gene–trait edge none of whose
/// correlations is kept.</item>
/// <item>With <c>--kinds</c>: of what step 1 kept (else of the whole graph), the nodes of those labels and the edges
/// between them (the induced subgraph).</item>
/// </list>
/// </summary>
public static class Subgraph
{
    /// <summary>The selected part of <paramref name="graph"/>; the graph itself when the selection is everything.</summary>
    /// <exception cref="ArgumentException">A trait of the selection is not in the graph.</exception>
    public static KnowledgeGraph Select(KnowledgeGraph graph, GraphSelection selection)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.IsEverything) return graph;

        HashSet<GraphNode> nodes;
        HashSet<GraphEdge>? correlations = null;
        HashSet<(GraphNode Gene, GraphNode Trait)>? geneTraits = null;
        if (selection.FollowsCorrelations)
        {
            (nodes, correlations, geneTraits) = FollowCorrelations(graph, selection);
        }
        else
        {
            nodes = [.. graph.Nodes];
        }
        if (selection.Kinds is { } kinds) nodes.RemoveWhere(n => !kinds.Contains(n.Label));

        var selected = new KnowledgeGraph();
        foreach (var node in graph.Nodes)
            if (nodes.Contains(node)) selected.AddShared(node);
        foreach (var edge in graph.Edges)
        {
            if (!nodes.Contains(edge.Source) || !nodes.Contains(edge.Target)) continue;
            if (edge.Type == RelationshipType.CorrelatesWith && correlations is not null && !correlations.Contains(edge)) continue;
            if (edge.Type == RelationshipType.CorrelatesWithTrait && geneTraits is not null && !geneTraits.Contains((edge.Source, edge.Target))) continue;
            selected.AddShared(edge);
        }
        foreach (var (property, value) in selection.Properties()) selected.Properties.Set(property.Name, value);
        return selected;
    }

    private static (HashSet<GraphNode> Nodes, HashSet<GraphEdge> Correlations, HashSet<(GraphNode, GraphNode)> GeneTraits) FollowCorrelations(
        KnowledgeGraph graph, GraphSelection selection)
    {
        var traits = selection.Traits
            .Select(id => graph.FindNode(NodeLabel.Trait, id) ?? throw new ArgumentException($"the graph has no trait '{id}'", nameof(selection)))
            .ToHashSet();
        var nodes = new HashSet<GraphNode>(traits);
        var correlations = new HashSet<GraphEdge>();
        var geneTraits = new HashSet<(GraphNode, GraphNode)>();
        var genes = new HashSet<GraphNode>();
        foreach (var correlation in graph.EdgesOfType(RelationshipType.CorrelatesWith))
        {
            if (traits.Count > 0 && !traits.Contains(correlation.Target)) continue;
            if (selection.MinAbsR is { } min && !(correlation.Properties[RelationshipProperties.AbsR] is double absR && absR >= min)) continue;
            correlations.Add(correlation);
            nodes.Add(correlation.Source);
            nodes.Add(correlation.Target);
            foreach (var hasLocus in graph.InEdges(correlation.Source))
            {
                if (hasLocus.Type != RelationshipType.HasLocus) continue;
                genes.Add(hasLocus.Source);
                geneTraits.Add((hasLocus.Source, correlation.Target));
            }
        }
        foreach (var gene in genes)
        {
            nodes.Add(gene);
            foreach (var edge in graph.OutEdges(gene))
                if (edge.Type is RelationshipType.InPathway or RelationshipType.AssociatedWith or RelationshipType.HasGoAnnotation)
                    nodes.Add(edge.Target);
            foreach (var edge in graph.InEdges(gene))
                if (edge.Type == RelationshipType.Mentions)
                    nodes.Add(edge.Source);
        }
        return (nodes, correlations, geneTraits);
    }
}
