using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Bolt;
using GeneGraph.Neo4j.Bolt.Results;

namespace GeneGraph.Neo4j.Loading;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> into Neo4j: the schema first (constraints on every label's id, so MERGE
/// finds nodes by index), then nodes per label and relationships per type in parameterised UNWIND batches, one
/// write transaction per batch (retried on transient errors by the driver). MERGE makes it idempotent.
/// </summary>
public sealed class Neo4jLoader(BoltDriver driver, LoadOptions? options = null)
{
    private readonly LoadOptions _options = options ?? new LoadOptions();

    public async Task<LoadSummary> LoadAsync(KnowledgeGraph graph, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "the batch size must be at least 1");
        var server = await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        await using var session = driver.Session(_options.Database);
        var totals = new Totals();

        foreach (var statement in CypherStatements.Schema(server.Version))
        {
            var result = await Run(session, "schema", statement, null, cancellationToken).ConfigureAwait(false);
            totals.Add(result.Counters);
        }

        var total = (long)graph.NodeCount + graph.EdgeCount;
        long written = 0;
        // One ordering pass for all labels and one for all types (NodesWithLabel/EdgesOfType would sort the whole
        // graph again for each); a lookup keeps the graph's order within each group, so the rows are the same.
        var nodesByLabel = graph.Nodes.ToLookup(n => n.Label);
        var edgesByType = graph.Edges.ToLookup(e => e.Type);
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var rows = nodesByLabel[label].Select(GraphRows.Node).ToList();
            written = await WriteBatches(session, $"{label} nodes", CypherStatements.MergeNodes(label), rows,
                totals, written, total, progress, cancellationToken).ConfigureAwait(false);
        }
        foreach (var type in RelationshipTypes.All)
        {
            var rows = edgesByType[type].Select(GraphRows.Relationship).ToList();
            written = await WriteBatches(session, $"{type.Name()} relationships", CypherStatements.MergeRelationships(type, server.Version), rows,
                totals, written, total, progress, cancellationToken).ConfigureAwait(false);
        }

        return new LoadSummary(
            $"{server.Agent} at {server.Address} (Bolt {server.ProtocolVersion})", totals.Batches,
            totals.NodesCreated, totals.RelationshipsCreated, totals.PropertiesSet, totals.ConstraintsAdded, totals.IndexesAdded,
            graph.CountNodesByLabel(), graph.CountEdgesByType());
    }

    private async Task<long> WriteBatches(BoltSession session, string what, string statement, List<Dictionary<string, object?>> rows,
        Totals totals, long written, long total, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var batches = (rows.Count + _options.BatchSize - 1) / _options.BatchSize;
        for (var i = 0; i < batches; i++)
        {
            var batch = rows.GetRange(i * _options.BatchSize, Math.Min(_options.BatchSize, rows.Count - i * _options.BatchSize));
            var name = $"{what}, batch {i + 1} of {batches} (rows {i * _options.BatchSize + 1}-{i * _options.BatchSize + batch.Count})";
            var parameters = new Dictionary<string, object?> { ["rows"] = batch };
            var result = await Run(session, name, statement, parameters, cancellationToken).ConfigureAwait(false);
            totals.Add(result.Counters);
            totals.Batches++;
            written += batch.Count;
            progress?.Report(new LoadProgress(written, total, what));
        }
        return written;
    }

    private static async Task<QueryResult> Run(BoltSession session, string name, string statement,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await session.ExecuteWriteAsync(tx => tx.RunAsync(statement, parameters, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new LoadException(name, e);
        }
    }

    private sealed class Totals
    {
        public int Batches;
        public long NodesCreated, RelationshipsCreated, PropertiesSet, ConstraintsAdded, IndexesAdded;

        public void Add(SummaryCounters counters)
        {
            NodesCreated += counters.NodesCreated;
            RelationshipsCreated += counters.RelationshipsCreated;
            PropertiesSet += counters.PropertiesSet;
            ConstraintsAdded += counters.ConstraintsAdded;
            IndexesAdded += counters.IndexesAdded;
        }
    }
}
