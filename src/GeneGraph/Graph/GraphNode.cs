using GeneGraph.Schema;

namespace GeneGraph.Graph;

/// <summary>One entity of the graph. <see cref="Key"/> is the Neo4j <c>id</c> property, unique per label.</summary>
public sealed class GraphNode
{
    internal GraphNode(NodeLabel label, string key)
    {
        Label = label;
        Key = key;
        Uid = $"{label}:{key}";
        Properties = new();
        Sources = new();
    }

    /// <summary>A node of another graph in this one: the same entity, its properties and sources shared, edges its own.</summary>
    internal GraphNode(GraphNode shared)
    {
        Label = shared.Label;
        Key = shared.Key;
        Uid = shared.Uid;
        Properties = shared.Properties;
        Sources = shared.Sources;
    }

    public NodeLabel Label { get; }

    /// <summary>The stable id within the label (<c>LIF</c>, <c>chr22:30247659-30247698</c>, <c>erk_signaling</c>).</summary>
    public string Key { get; }

    /// <summary>Unique across labels: <c>Gene:LIF</c>. Used as the GraphML/JSON node id.</summary>
    public string Uid { get; }

    public PropertyBag Properties { get; }

    public SourceList Sources { get; }

    internal EdgeList OutEdges;

    internal EdgeList InEdges;

    /// <summary>The node's place among all nodes in ordinal <see cref="Uid"/> order, set when the edges are sorted.</summary>
    internal int UidOrder;

    /// <summary>The display name: the <c>name</c> or <c>symbol</c> property, else the key.</summary>
    public string DisplayName =>
        (Properties[NodeProperties.Name] ?? Properties[NodeProperties.Symbol]) as string ?? Key;

    public override string ToString() => Uid;
}
