using GeneGraph.Schema;
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

    /// <summary>
    /// Properties of the graph as a whole (<see cref="SelectionProperties"/>): none for a vault's graph; the filters of a
    /// selection for a part of one. Writers put them where their format keeps graph-level data, and only when there are any.
    /// </summary>
    public PropertyBag Properties { get; } = new();

    public int NodeCount => _graph.VertexCount;

    public int EdgeCount => _graph.EdgeCount;

    // The writing orders, sorted once and kept until a node or edge is added.
    private GraphNode[]? _sortedNodes;
    private GraphEdge[]? _sortedEdges;

    /// <summary>Nodes in label order, then ordinal key order: the order every writer uses.</summary>
    public IReadOnlyList<GraphNode> Nodes => _sortedNodes ??= SortedNodes();

    /// <summary>Edges in type order, then source and target uid order.</summary>
    public IReadOnlyList<GraphEdge> Edges => _sortedEdges ??= SortedEdges();

    public IEnumerable<GraphNode> NodesWithLabel(NodeLabel label) => Nodes.Where(n => n.Label == label);

    public IEnumerable<GraphEdge> EdgesOfType(RelationshipType type) => Edges.Where(e => e.Type == type);

    // (label, key) and (type, source uid, target uid) are unique, so an unstable sort gives the one order.
    private GraphNode[] SortedNodes()
    {
        var nodes = _graph.Vertices.ToArray();
        Array.Sort(nodes, static (a, b) =>
        {
            var byLabel = a.Label.CompareTo(b.Label);
            return byLabel != 0 ? byLabel : string.CompareOrdinal(a.Key, b.Key);
        });
        return nodes;
    }

    private GraphEdge[] SortedEdges()
    {
        var edges = _graph.Edges.ToArray();
        Array.Sort(edges, static (a, b) =>
        {
            var byType = a.Type.CompareTo(b.Type);
            if (byType != 0) return byType;
            var bySource = string.CompareOrdinal(a.Source.Uid, b.Source.Uid);
            return bySource != 0 ? bySource : string.CompareOrdinal(a.Target.Uid, b.Target.Uid);
        });
        return edges;
    }

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
        _sortedNodes = null;
        added = true;
        return node;
    }

    /// <summary>Adds a node of another graph, the same object (a selection shares the elements of the graph it selects from).</summary>
    internal void AddShared(GraphNode node)
    {
        _nodes.Add((node.Label, node.Key), node);
        _graph.AddVertex(node);
        _sortedNodes = null;
    }

    /// <summary>Adds an edge of another graph, the same object; both its ends must have been added.</summary>
    internal void AddShared(GraphEdge edge)
    {
        _edges.Add((edge.Source, edge.Type, edge.Target), edge);
        _graph.AddEdge(edge);
        _sortedEdges = null;
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
        _sortedEdges = null;
        added = true;
        return edge;
    }
}
