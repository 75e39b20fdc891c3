using GeneGraph.Schema;
using QuikGraph;

namespace GeneGraph.Graph;

/// <summary>
/// The merged graph of a vault: nodes indexed by identity (label, key), each node holding its out- and in-edges in the
/// order they were added, and an edge found by its identity (source, type, target). <see cref="Graph"/> gives the
/// same graph as a QuikGraph bidirectional graph (so walks can go against edge direction) for graph algorithms.
/// </summary>
public sealed class KnowledgeGraph
{
    // A source with up to this many out-edges is searched by a scan of them; the edges of one with more sit in
    // _edgesOfBusySources. Most sources have a handful: a scan is cheaper than a dictionary entry per edge.
    private const int ScanLimit = 16;

    // One dictionary per label, keyed by the key alone: a string-keyed dictionary hashes faster than a tuple-keyed one.
    private readonly Dictionary<string, GraphNode>[] _nodes =
        [.. Enum.GetValues<NodeLabel>().Select(_ => new Dictionary<string, GraphNode>(StringComparer.Ordinal))];
    private readonly List<GraphNode> _nodesAdded = [];
    private readonly Dictionary<(GraphNode, RelationshipType, GraphNode), GraphEdge> _edgesOfBusySources = [];
    private int _edgeCount;
    private BidirectionalGraph<GraphNode, GraphEdge>? _quikGraph;

    /// <summary>
    /// Properties of the graph as a whole (<see cref="SelectionProperties"/>): none for a vault's graph; the filters of a
    /// selection for a part of one. Writers put them where their format keeps graph-level data, and only when there are any.
    /// </summary>
    public PropertyBag Properties { get; } = new();

    /// <summary>The graph as a QuikGraph graph, for graph algorithms: made on first use, again after a change.</summary>
    public IBidirectionalGraph<GraphNode, GraphEdge> Graph => _quikGraph ??= QuikGraph();

    public int NodeCount => _nodesAdded.Count;

    public int EdgeCount => _edgeCount;

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
    // Label by label (each label's own key index), keys sorted with the ordinal comparer rather than a delegate.
    private GraphNode[] SortedNodes()
    {
        var nodes = new GraphNode[_nodesAdded.Count];
        var keys = new string[nodes.Length];
        var at = 0;
        foreach (var withLabel in _nodes)
        {
            withLabel.Keys.CopyTo(keys, at);
            withLabel.Values.CopyTo(nodes, at);
            Array.Sort(keys, nodes, at, withLabel.Count, StringComparer.Ordinal);
            at += withLabel.Count;
        }
        for (var i = 0; i < nodes.Length; i++) nodes[i].Order = i;
        return nodes;
    }

    private GraphEdge[] SortedEdges()
    {
        // Each node's place in ordinal uid order, so that the edges sort on numbers rather than on uid strings.
        var byUid = _nodesAdded.ToArray();
        Array.Sort(byUid, GraphNode.CompareUids);
        for (var i = 0; i < byUid.Length; i++) byUid[i].UidOrder = i;
        var edges = new GraphEdge[_edgeCount];
        var at = 0;
        foreach (var node in _nodesAdded)
            for (var i = 0; i < node.OutEdges.Count; i++) edges[at++] = node.OutEdges[i];
        if (byUid.Length <= 1 << 27)
        {
            // (type, source, target) packed into one number per edge: a sort of plain keys, no comparer calls.
            var keys = new long[edges.Length];
            for (var i = 0; i < edges.Length; i++)
                keys[i] = ((long)edges[i].Type << 54) | ((long)edges[i].Source.UidOrder << 27) | (long)edges[i].Target.UidOrder;
            Array.Sort(keys, edges);
            return edges;
        }
        Array.Sort(edges, static (a, b) =>
        {
            var byType = a.Type.CompareTo(b.Type);
            if (byType != 0) return byType;
            var bySource = a.Source.UidOrder.CompareTo(b.Source.UidOrder);
            return bySource != 0 ? bySource : a.Target.UidOrder.CompareTo(b.Target.UidOrder);
        });
        return edges;
    }

    public GraphNode? FindNode(NodeLabel label, string key) => _nodes[(int)label].GetValueOrDefault(key);

    public GraphEdge? FindEdge(GraphNode source, RelationshipType type, GraphNode target)
    {
        if (source.OutEdges.Count > ScanLimit) return _edgesOfBusySources.GetValueOrDefault((source, type, target));
        for (var i = 0; i < source.OutEdges.Count; i++)
        {
            var edge = source.OutEdges[i];
            if (edge.Type == type && ReferenceEquals(edge.Target, target)) return edge;
        }
        return null;
    }

    /// <summary>The edges leaving <paramref name="node"/>, in the order they were added.</summary>
    public IEnumerable<GraphEdge> OutEdges(GraphNode node) => node.OutEdges.Items();

    /// <summary>The edges reaching <paramref name="node"/>, in the order they were added.</summary>
    public IEnumerable<GraphEdge> InEdges(GraphNode node) => node.InEdges.Items();

    public IReadOnlyDictionary<NodeLabel, int> CountNodesByLabel()
    {
        var counts = Enum.GetValues<NodeLabel>().ToDictionary(l => l, _ => 0);
        foreach (var node in _nodesAdded) counts[node.Label]++;
        return counts;
    }

    public IReadOnlyDictionary<RelationshipType, int> CountEdgesByType()
    {
        var counts = RelationshipTypes.All.ToDictionary(t => t, _ => 0);
        foreach (var node in _nodesAdded)
            for (var i = 0; i < node.OutEdges.Count; i++) counts[node.OutEdges[i].Type]++;
        return counts;
    }

    internal GraphNode GetOrAddNode(NodeLabel label, string key, out bool added)
    {
        var withLabel = _nodes[(int)label];
        if (withLabel.TryGetValue(key, out var node))
        {
            added = false;
            return node;
        }
        node = new GraphNode(label, key);
        withLabel.Add(key, node);
        _nodesAdded.Add(node);
        _sortedNodes = null;
        _quikGraph = null;
        added = true;
        return node;
    }

    /// <summary>
    /// Adds a node of another graph: a node of this graph's own (its edges are this graph's) that shares the other's
    /// properties and sources, as a selection does with the graph it selects from.
    /// </summary>
    internal void AddShared(GraphNode node)
    {
        var copy = new GraphNode(node);
        _nodes[(int)node.Label].Add(node.Key, copy);
        _nodesAdded.Add(copy);
        _sortedNodes = null;
        _quikGraph = null;
    }

    /// <summary>Adds an edge of another graph, sharing its properties and sources; both its ends must have been added.</summary>
    internal void AddShared(GraphEdge edge)
    {
        var source = FindNode(edge.Source.Label, edge.Source.Key) ?? throw new ArgumentException($"{edge.Source} is not in the graph", nameof(edge));
        var target = FindNode(edge.Target.Label, edge.Target.Key) ?? throw new ArgumentException($"{edge.Target} is not in the graph", nameof(edge));
        if (FindEdge(source, edge.Type, target) is not null) throw new ArgumentException($"{edge} is in the graph already", nameof(edge));
        Attach(new GraphEdge(edge, source, target));
    }

    internal GraphEdge GetOrAddEdge(GraphNode source, RelationshipType type, GraphNode target, out bool added)
    {
        var (from, to) = type.Endpoints();
        if (source.Label != from || target.Label != to)
            throw new ArgumentException($"{type.Name()} joins {from} to {to}, not {source.Label} to {target.Label}");
        if (FindEdge(source, type, target) is { } edge)
        {
            added = false;
            return edge;
        }
        edge = new GraphEdge(source, type, target);
        Attach(edge);
        added = true;
        return edge;
    }

    private void Attach(GraphEdge edge)
    {
        var source = edge.Source;
        source.OutEdges.Add(edge);
        edge.Target.InEdges.Add(edge);
        if (source.OutEdges.Count == ScanLimit + 1)
            foreach (var busy in source.OutEdges.Items()) _edgesOfBusySources.Add((source, busy.Type, busy.Target), busy);
        else if (source.OutEdges.Count > ScanLimit + 1)
            _edgesOfBusySources.Add((source, edge.Type, edge.Target), edge);
        _edgeCount++;
        _sortedEdges = null;
        _quikGraph = null;
    }

    // Every edge: node by node in the order they were added, each node's out-edges in the order they were added.
    private IEnumerable<GraphEdge> AllEdges() => _nodesAdded.SelectMany(n => n.OutEdges.Items());

    private BidirectionalGraph<GraphNode, GraphEdge> QuikGraph()
    {
        var graph = new BidirectionalGraph<GraphNode, GraphEdge>(allowParallelEdges: true, _nodesAdded.Count);
        graph.AddVertexRange(_nodesAdded);
        graph.AddEdgeRange(AllEdges());
        return graph;
    }
}
