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
        Properties = new();
        Sources = new();
    }

    /// <summary>An edge of another graph between this graph's copies of its ends, its properties and sources shared.</summary>
    internal GraphEdge(GraphEdge shared, GraphNode source, GraphNode target)
    {
        Source = source;
        Type = shared.Type;
        Target = target;
        Properties = shared.Properties;
        Sources = shared.Sources;
    }

    public GraphNode Source { get; }

    public GraphNode Target { get; }

    public RelationshipType Type { get; }

    public string Uid => $"{Source.Uid}|{Type.Name()}|{Target.Uid}";

    public PropertyBag Properties { get; }

    public SourceList Sources { get; }

    public override string ToString() => Uid;
}
