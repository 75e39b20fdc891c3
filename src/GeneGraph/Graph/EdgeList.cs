namespace GeneGraph.Graph;

/// <summary>
/// A node's out- or in-edges in the order they were added: a growable array held by the node itself, so adding an
/// edge costs no dictionary lookup (QuikGraph's graph keeps a dictionary from vertex to edge list, two per edge).
/// </summary>
internal struct EdgeList
{
    private GraphEdge[]? _items;

    public int Count { get; private set; }

    public readonly GraphEdge this[int index] => _items![index];

    public void Add(GraphEdge edge)
    {
        if (_items is null || Count == _items.Length) Array.Resize(ref _items, Math.Max(2, Count * 2));
        _items[Count++] = edge;
    }

    public readonly IEnumerable<GraphEdge> Items()
    {
        for (var i = 0; i < Count; i++) yield return _items![i];
    }
}
