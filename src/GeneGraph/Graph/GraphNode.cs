using GeneGraph.Schema;

namespace GeneGraph.Graph;

/// <summary>One entity of the graph. <see cref="Key"/> is the Neo4j <c>id</c> property, unique per label.</summary>
public sealed class GraphNode
{
    internal GraphNode(NodeLabel label, string key)
    {
        Label = label;
        Key = key;
        Properties = new();
        Sources = new();
    }

    /// <summary>A node of another graph in this one: the same entity, its properties and sources shared, edges its own.</summary>
    internal GraphNode(GraphNode shared)
    {
        Label = shared.Label;
        Key = shared.Key;
        Properties = shared.Properties;
        Sources = shared.Sources;
    }

    public NodeLabel Label { get; }

    /// <summary>The stable id within the label (<c>LIF</c>, <c>chr22:30247659-30247698</c>, <c>erk_signaling</c>).</summary>
    public string Key { get; }

    /// <summary>Unique across labels: <c>Gene:LIF</c>. Used as the JSON node id.</summary>
    /// <remarks>Made on each use rather than kept: at 20k genes the graph's 73k uids took 5.5 MB.</remarks>
    public string Uid => UidPrefixes[(int)Label] + Key;

    private static readonly string[] UidPrefixes = [.. Enum.GetValues<NodeLabel>().Select(l => l + ":")];

    /// <summary>
    /// Orders nodes as their <see cref="Uid"/>s compare ordinally, without making them: the uids of two labels differ
    /// within their prefixes (<c>Gene:</c>, <c>GoTerm:</c>; no label's prefix is another's), those of one label by key.
    /// </summary>
    internal static int CompareUids(GraphNode a, GraphNode b) =>
        a.Label == b.Label ? string.CompareOrdinal(a.Key, b.Key) : string.CompareOrdinal(UidPrefixes[(int)a.Label], UidPrefixes[(int)b.Label]);

    public PropertyBag Properties { get; }

    public SourceList Sources { get; }

    internal EdgeList OutEdges;

    internal EdgeList InEdges;

    /// <summary>The node's place among all nodes in ordinal <see cref="Uid"/> order, set when the edges are sorted.</summary>
    internal int UidOrder;

    /// <summary>The node's place in <see cref="KnowledgeGraph.Nodes"/>, set when they are sorted (a writer's element id).</summary>
    internal int Order;

    /// <summary>The display name: the <c>name</c> or <c>symbol</c> property, else the key.</summary>
    public string DisplayName =>
        (Properties[NodeProperties.Name] ?? Properties[NodeProperties.Symbol]) as string ?? Key;

    public override string ToString() => Uid;
}
