using QuikGraph;

namespace GeneGraph.Graph;

/// <summary>
/// The merged graph of a vault, held in a QuikGraph bidirectional graph (so walks can go against edge direction)
/// with indexes by node identity (label, key) and edge identity (source, type, target).
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly BidirectionalGraph<GraphNode, GraphEdge> _graph = new(allowParallelEdges: true);
    private readonly Dictionary<(NodeLabel, string), GraphNode> _nodes = [];
    private readonly Dictionary<(GraphNode, RelationshipType, GraphNode), GraphEdge> _edges = [];

    /// <summary>The underlying QuikGraph graph, for graph algorithms.</summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _graph;

    public int NodeCount => _graph.VertexCount;

    public int EdgeCount => _graph.EdgeCount;

    /// <summary>Nodes in label order, then ordinal key order: the order every writer uses.</summary>
    public IEnumerable<GraphNode> Nodes =>
        _graph.Vertices.OrderBy(n => n.Label).ThenBy(n => n.Key, StringComparer.Ordinal);

    /// <summary>Edges in type order, then source and target uid order.</summary>
    public IEnumerable<GraphEdge> Edges =>
        _graph.Edges
            .OrderBy(e => e.Type)
            .ThenBy(e => e.Source.Uid, StringComparer.Ordinal)
            .ThenBy(e => e.Target.Uid, StringComparer.Ordinal);

    public IEnumerable<GraphNode> NodesWithLabel(NodeLabel label) => Nodes.Where(n => n.Label == label);

    public IEnumerable<GraphEdge> EdgesOfType(RelationshipType type) => Edges.Where(e => e.Type == type);

    public GraphNode? FindNode(NodeLabel label, string key) => _nodes.GetValueOrDefault((label, key));

    public GraphEdge? FindEdge(GraphNode source, RelationshipType type, GraphNode target) =>
        _edges.GetValueOrDefault((source, type, target));

    public IEnumerable<GraphEdge> OutEdges(GraphNode node) => _graph.OutEdges(node);

    public IEnumerable<GraphEdge> InEdges(GraphNode node) => _graph.InEdges(node);

    public IReadOnlyDictionary<NodeLabel, int> CountNodesByLabel() =>
        Enum.GetValues<NodeLabel>().ToDictionary(l => l, l => _graph.Vertices.Count(n => n.Label == l));

    public IReadOnlyDictionary<RelationshipType, int> CountEdgesByType() =>
        RelationshipTypes.All.ToDictionary(t => t, t => _graph.Edges.Count(e => e.Type == t));

    internal GraphNode GetOrAddNode(NodeLabel label, string key, out bool added)
    {
        if (_nodes.TryGetValue((label, key), out var node))
        {
            added = false;
            return node;
        }
        node = new GraphNode(label, key);
        _nodes.Add((label, key), node);
        _graph.AddVertex(node);
        added = true;
        return node;
    }

    internal GraphEdge GetOrAddEdge(GraphNode source, RelationshipType type, GraphNode target, out bool added)
    {
        var (from, to) = type.Endpoints();
        if (source.Label != from || target.Label != to)
            throw new ArgumentException($"{type.Name()} joins {from} to {to}, not {source.Label} to {target.Label}");
        if (_edges.TryGetValue((source, type, target), out var edge))
        {
            added = false;
            return edge;
        }
        edge = new GraphEdge(source, type, target);
        _edges.Add((source, type, target), edge);
        _graph.AddEdge(edge);
        added = true;
        return edge;
    }
}
