namespace GeneGraph.Bolt.Results;

/// <summary>What a query changed, from the <c>stats</c> map of the final SUCCESS.</summary>
public sealed record SummaryCounters(
    long NodesCreated,
    long NodesDeleted,
    long RelationshipsCreated,
    long RelationshipsDeleted,
    long PropertiesSet,
    long LabelsAdded,
    long LabelsRemoved,
    long IndexesAdded,
    long IndexesRemoved,
    long ConstraintsAdded,
    long ConstraintsRemoved,
    long SystemUpdates)
{
    public static SummaryCounters None { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public bool ContainsUpdates =>
        this with { SystemUpdates = 0 } != None;

    internal static SummaryCounters FromStats(IReadOnlyDictionary<string, object?>? stats)
    {
        if (stats is null)
        {
            return None;
        }

        long Get(string name) => stats.GetValueOrDefault(name) as long? ?? 0;
        return new SummaryCounters(
            Get("nodes-created"), Get("nodes-deleted"), Get("relationships-created"), Get("relationships-deleted"),
            Get("properties-set"), Get("labels-added"), Get("labels-removed"), Get("indexes-added"), Get("indexes-removed"),
            Get("constraints-added"), Get("constraints-removed"), Get("system-updates"));
    }
}
