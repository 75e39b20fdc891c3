using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Selection;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Selection;

/// <summary>The selection stage on the example vault: what each filter keeps, and the filters as the graph's properties.</summary>
public sealed class SubgraphTests
{
    private static readonly KnowledgeGraph Whole = VaultGraph.Build(RepoPaths.ExampleVault()).Graph;

    [Fact]
    public void A_part_holds_only_its_own_edges_and_leaves_the_whole_graph_as_it_was()
    {
        var edgesBefore = Whole.Nodes.ToDictionary(n => n.Uid, n => (Whole.OutEdges(n).Count(), Whole.InEdges(n).Count()));
        var part = Subgraph.Select(Whole, new GraphSelection { Kinds = GraphSelection.ParseKinds(["Gene", "Pathway"]) });

        Assert.All(part.Nodes, node =>
        {
            Assert.All(part.OutEdges(node).Concat(part.InEdges(node)), edge => Assert.Contains(edge, part.Edges));
            Assert.Same(Whole.FindNode(node.Label, node.Key)!.Properties, node.Properties);
        });
        Assert.Equal(part.Edges.Count, part.Nodes.Sum(n => part.OutEdges(n).Count()));
        Assert.Equal(edgesBefore, Whole.Nodes.ToDictionary(n => n.Uid, n => (Whole.OutEdges(n).Count(), Whole.InEdges(n).Count())));
        Assert.Equal(part.Edges.Count, part.Graph.EdgeCount);
    }

    [Fact]
    public void Selecting_everything_gives_the_graph_itself_without_properties()
    {
        Assert.Same(Whole, Subgraph.Select(Whole, GraphSelection.Everything));
        Assert.Equal(0, Whole.Properties.Count);
    }

    [Fact]
    public void Kinds_alone_keep_the_nodes_of_those_labels_and_every_edge_between_them()
    {
        var part = Subgraph.Select(Whole, new GraphSelection { Kinds = GraphSelection.ParseKinds(["GENE", "pathway"]) });

        Assert.Equal(Uids(Whole.Nodes.Where(n => n.Label is NodeLabel.Gene or NodeLabel.Pathway)), Uids(part.Nodes));
        Assert.Equal(Uids(Whole.Edges.Where(e => e.Type is RelationshipType.InPathway or RelationshipType.ParalogOf)), Uids(part.Edges));
        Assert.Equal(["Gene", "Pathway"], (IReadOnlyList<string>)part.Properties[SelectionProperties.Kinds]!);
        Assert.Null(part.Properties[SelectionProperties.Traits]);
    }

    [Fact]
    public void A_named_trait_none_of_whose_correlations_is_strong_enough_stays_alone()
    {
        var trait = Whole.NodesWithLabel(NodeLabel.Trait).First();
        var strongest = Whole.InEdges(trait).Max(e => (double)e.Properties[RelationshipProperties.AbsR]!);
        var part = Subgraph.Select(Whole, new GraphSelection { Traits = [trait.Key], MinAbsR = Math.BitIncrement(strongest) });

        Assert.Equal([trait.Uid], Uids(part.Nodes));
        Assert.Empty(part.Edges);
        Assert.Equal([trait.Key], (IReadOnlyList<string>)part.Properties[SelectionProperties.Traits]!);
        Assert.Equal(Math.BitIncrement(strongest), part.Properties[SelectionProperties.MinAbsR]);
    }

    [Fact]
    public void A_bound_on_r_keeps_a_correlation_of_exactly_that_strength()
    {
        var weakest = Whole.EdgesOfType(RelationshipType.CorrelatesWith).MinBy(e => (double)e.Properties[RelationshipProperties.AbsR]!)!;
        var part = Subgraph.Select(Whole, new GraphSelection { MinAbsR = (double)weakest.Properties[RelationshipProperties.AbsR]! });

        Assert.Equal(Uids(Whole.EdgesOfType(RelationshipType.CorrelatesWith)), Uids(part.EdgesOfType(RelationshipType.CorrelatesWith)));
    }

    [Fact]
    public void A_trait_the_graph_does_not_have_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Subgraph.Select(Whole, new GraphSelection { Traits = ["no such trait"] }));
    }

    [Fact]
    public void A_kind_that_is_no_label_is_refused_with_the_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => GraphSelection.ParseKinds(["gene,protein"]));
        Assert.Equal("unknown kind 'protein'; known: gene, locus, trait, pathway, disease, paper, goterm", e.Message);
        Assert.Throws<ArgumentException>(() => GraphSelection.ParseKinds(["0"]));
    }

    [Fact]
    public void A_selection_reads_as_the_options_that_make_it()
    {
        var selection = new GraphSelection { Traits = ["sPAP", "mPAP"], MinAbsR = 0.55, Kinds = [NodeLabel.Gene, NodeLabel.Trait] };
        Assert.Equal("--trait sPAP --trait mPAP --min-abs-r 0.55 --kinds Gene,Trait", selection.ToString());
    }

    private static IEnumerable<string> Uids(IEnumerable<GraphNode> nodes) => nodes.Select(n => n.Uid);

    private static IEnumerable<string> Uids(IEnumerable<GraphEdge> edges) => edges.Select(e => e.Uid);
}
