using FsCheck;
using FsCheck.Fluent;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Tests.Graph;

/// <summary>
/// The graph's own adjacency: each node's edges in the order they were added, an edge found by its identity whether its
/// source has a few out-edges (found by a scan) or many (found in the index), and the QuikGraph view agreeing with both.
/// </summary>
public sealed class KnowledgeGraphTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(200)]
    public void An_edge_is_found_by_its_identity_however_many_edges_leave_its_source(int pathways)
    {
        var graph = new KnowledgeGraph();
        var gene = graph.GetOrAddNode(NodeLabel.Gene, "LIF", out _);
        var disease = graph.GetOrAddNode(NodeLabel.Disease, "asthma", out _);
        var added = new List<GraphEdge>();
        for (var i = 0; i < pathways; i++)
        {
            var pathway = graph.GetOrAddNode(NodeLabel.Pathway, $"p{i}", out _);
            added.Add(graph.GetOrAddEdge(gene, RelationshipType.InPathway, pathway, out var isNew));
            Assert.True(isNew);
            if (i == pathways / 2) added.Add(graph.GetOrAddEdge(gene, RelationshipType.AssociatedWith, disease, out _));
        }

        Assert.Equal(added, graph.OutEdges(gene));
        foreach (var edge in added)
        {
            Assert.Same(edge, graph.FindEdge(gene, edge.Type, edge.Target));
            Assert.Same(edge, graph.GetOrAddEdge(gene, edge.Type, edge.Target, out var isNew));
            Assert.False(isNew);
            Assert.Equal([edge], graph.InEdges(edge.Target));
        }
        Assert.Null(graph.FindEdge(gene, RelationshipType.AssociatedWith, graph.FindNode(NodeLabel.Pathway, "p0")!));
        Assert.Null(graph.FindEdge(gene, RelationshipType.InPathway, disease));
        Assert.Equal(added.Count, graph.EdgeCount);
    }

    [Fact]
    public void The_QuikGraph_view_has_the_nodes_and_edges_of_the_graph_and_follows_its_changes()
    {
        var graph = new KnowledgeGraph();
        var gene = graph.GetOrAddNode(NodeLabel.Gene, "LIF", out _);
        var pathway = graph.GetOrAddNode(NodeLabel.Pathway, "erk", out _);
        var edge = graph.GetOrAddEdge(gene, RelationshipType.InPathway, pathway, out _);
        Assert.Equal([gene, pathway], graph.Graph.Vertices);
        Assert.Equal([edge], graph.Graph.OutEdges(gene));
        Assert.Equal([edge], graph.Graph.InEdges(pathway));

        var other = graph.GetOrAddNode(NodeLabel.Gene, "OSM", out _);
        var second = graph.GetOrAddEdge(other, RelationshipType.InPathway, pathway, out _);
        Assert.Equal(3, graph.Graph.VertexCount);
        Assert.Equal([edge, second], graph.Graph.InEdges(pathway));
    }

    [Fact]
    public void Nodes_compared_by_uid_without_making_it_order_as_their_uids_do()
    {
        var keys = Gen.Elements("", "a", "A", ":", "a:b", "Gene", "GoTerm:x", "é", "chr1:5-9", "LIF", "LIFR").ArrayOf().Select(parts => string.Concat(parts));
        var nodes = Gen.Elements(Enum.GetValues<NodeLabel>()).SelectMany(label => keys.Select(key => (label, key)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(Arb.From(nodes), Arb.From(nodes), ((NodeLabel Label, string Key) a, (NodeLabel Label, string Key) b) =>
        {
            var graph = new KnowledgeGraph();
            var first = graph.GetOrAddNode(a.Label, a.Key, out _);
            var second = graph.GetOrAddNode(b.Label, b.Key, out _);
            Assert.Equal(a.Label + ":" + a.Key, first.Uid);
            Assert.Equal(Math.Sign(string.CompareOrdinal(first.Uid, second.Uid)), Math.Sign(GraphNode.CompareUids(first, second)));
        }));
    }
}
