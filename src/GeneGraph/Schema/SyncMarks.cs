namespace GeneGraph.Schema;

/// <summary>
/// What <c>genegraph load</c> writes into Neo4j besides the graph, to know its own elements on the next load: on
/// every node and relationship the graphs that hold it and a hash of its content, and one small node per graph
/// naming the vault it was loaded from. Load-only: no export carries them. See docs/sync.md.
/// </summary>
public static class SyncMarks
{
    /// <summary>On every node and relationship GeneGraph wrote: the graphs (one per vault) that hold it.</summary>
    public static readonly Property<IReadOnlyList<string>> Graphs =
        new("genegraphGraphs", "the names of the graphs (one per vault) that hold the element; GeneGraph's while not empty");

    /// <summary>On every node and relationship GeneGraph wrote: the hash of its GeneGraph properties.</summary>
    public static readonly Property<string> Hash =
        new("genegraphHash", "XxHash128 (hex) of the element's GeneGraph properties as last written");

    /// <summary>The label of the one node per graph that records where the graph was loaded from.</summary>
    public const string GraphLabel = "GeneGraphGraph";

    /// <summary>On the <see cref="GraphLabel"/> node: the graph's name.</summary>
    public static readonly Property<string> GraphName = new("name", "the graph's name (`--graph`, by default the vault folder's name)");

    /// <summary>On the <see cref="GraphLabel"/> node: the vault the graph was last loaded from.</summary>
    public static readonly Property<string> Vault = new("vault", "the absolute path of the vault the graph was last loaded from");

    /// <summary>
    /// On the <see cref="GraphLabel"/> node: a new random value each time a load has finished writing, and while one
    /// writes a value that names that load; a machine's record of the last load it made is current while the database
    /// names that load's generation (docs/sync.md).
    /// </summary>
    public static readonly Property<string> Generation = new("generation",
        "a new random value each time a load has finished writing (`writing …` while one writes): which load the database is the result of");

    /// <summary>The marks every element GeneGraph wrote carries.</summary>
    public static IReadOnlyList<Property> OnEveryElement { get; } = [Graphs, Hash];
}
