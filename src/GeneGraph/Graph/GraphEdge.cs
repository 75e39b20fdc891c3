using GeneGraph.Schema;
using QuikGraph;

namespace GeneGraph.Graph;

/// <summary>A relationship. Its identity is (source, type, target): a second observation merges into the first.</summary>
public sealed class GraphEdge : IEdge<GraphNode>
{
    internal GraphEdge(GraphNode source, RelationshipType type, GraphNode target)
    {
        Source = source;
        Type = type;
        Target = target;
    }

    public GraphNode Source { get; }

    public GraphNode Target { get; }

    public RelationshipType Type { get; }

    public string Uid => $"{Source.Uid}|{Type.Name()}|{Target.Uid}";

    public PropertyBag Properties { get; } = new();

    public SourceList Sources { get; } = new();

    public override string ToString() => Uid;
}
