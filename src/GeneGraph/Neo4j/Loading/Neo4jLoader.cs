using GeneGraph.Bolt;
using GeneGraph.Bolt.Results;
using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> into Neo4j: the schema first (constraints on every label's id, so MERGE
/// finds nodes by index), then nodes per label and relationships per type in parameterised UNWIND batches, one
/// write transaction per batch (retried on transient errors by the driver). MERGE makes it idempotent.
/// Up to <see cref="LoadOptions.Concurrency"/> labels (then types) load at once, on separate connections, but
/// never two that touch the same label (<see cref="DisjointLanes"/>); relationships start when every node is in.
/// </summary>
public sealed class Neo4jLoader(BoltDriver driver, LoadOptions? options = null)
{
    private readonly LoadOptions _options = options ?? new LoadOptions();

    public async Task<LoadSummary> LoadAsync(KnowledgeGraph graph, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "the batch size must be at least 1");
        if (_options.Concurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), "the concurrency must be at least 1");
        var server = await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        var totals = new Totals((long)graph.NodeCount + graph.EdgeCount, progress);

        await using (var session = driver.Session(_options.Database))
        {
            foreach (var statement in CypherStatements.Schema(server.Version))
                totals.Add((await Run(session, "schema", statement, null, cancellationToken).ConfigureAwait(false)).Counters, 0, null);
            totals.AddBookmarks(session.LastBookmarks);
        }

        // One pass for all labels and one for all types (NodesWithLabel/EdgesOfType would walk the whole graph for
        // each); a lookup keeps the graph's order within each group, so the rows are the same.
        var nodesByLabel = graph.Nodes.ToLookup(n => n.Label);
        var edgesByType = graph.Edges.ToLookup(e => e.Type);
        var nodeSteps = Enum.GetValues<NodeLabel>()
            .Select(label => new Step($"{label} nodes", CypherStatements.MergeNodes(label), [label],
                nodesByLabel[label].Count(), nodesByLabel[label].Select(GraphRows.Node)))
            .ToList();
        var relationshipSteps = RelationshipTypes.All
            .Select(type => new Step($"{type.QualifiedName()} relationships", CypherStatements.MergeRelationships(type, server.Version),
                [type.Endpoints().From, type.Endpoints().To], edgesByType[type].Count(), edgesByType[type].Select(GraphRows.Relationship)))
            .ToList();
        foreach (var phase in new[] { nodeSteps, relationshipSteps })
        {
            // Each phase starts after every write of the one before (bookmarks, for a cluster).
            var after = totals.Bookmarks();
            await DisjointLanes.RunAsync(phase, step => step.Touches, _options.Concurrency,
                (step, token) => WriteBatches(step, after, totals, token), cancellationToken).ConfigureAwait(false);
        }

        return new LoadSummary(
            $"{server.Agent} at {server.Address} (Bolt {server.ProtocolVersion})", totals.Batches,
            totals.NodesCreated, totals.RelationshipsCreated, totals.PropertiesSet, totals.ConstraintsAdded, totals.IndexesAdded,
            graph.CountNodesByLabel(), graph.CountEdgesByType());
    }

    /// <summary>One label's or type's rows, made a batch at a time as they are sent (all at once would double the peak memory).</summary>
    private sealed record Step(string What, string Statement, NodeLabel[] Touches, int Count, IEnumerable<Dictionary<string, object?>> Rows);

    private async Task WriteBatches(Step step, IReadOnlyList<string> after, Totals totals, CancellationToken cancellationToken)
    {
        var batches = (step.Count + _options.BatchSize - 1) / _options.BatchSize;
        await using var session = driver.Session(_options.Database, bookmarks: after);
        var first = 0;
        foreach (var batch in step.Rows.Chunk(_options.BatchSize))
        {
            var name = $"{step.What}, batch {first / _options.BatchSize + 1} of {batches} (rows {first + 1}-{first + batch.Length})";
            var parameters = new Dictionary<string, object?> { ["rows"] = batch };
            var result = await Run(session, name, step.Statement, parameters, cancellationToken).ConfigureAwait(false);
            totals.Add(result.Counters, batch.Length, step.What);
            first += batch.Length;
        }
        totals.AddBookmarks(session.LastBookmarks);
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

    /// <summary>The server's counters summed over every lane; progress is reported under the same lock, in order.</summary>
    private sealed class Totals(long totalRows, IProgress<LoadProgress>? progress)
    {
        private readonly object _gate = new();
        private readonly HashSet<string> _bookmarks = new(StringComparer.Ordinal);
        private long _written;

        public int Batches;
        public long NodesCreated, RelationshipsCreated, PropertiesSet, ConstraintsAdded, IndexesAdded;

        /// <summary>Adds one result; a batch (<paramref name="rows"/> &gt; 0) also counts and reports progress.</summary>
        public void Add(SummaryCounters counters, int rows, string? step)
        {
            lock (_gate)
            {
                NodesCreated += counters.NodesCreated;
                RelationshipsCreated += counters.RelationshipsCreated;
                PropertiesSet += counters.PropertiesSet;
                ConstraintsAdded += counters.ConstraintsAdded;
                IndexesAdded += counters.IndexesAdded;
                if (step is null) return;
                Batches++;
                _written += rows;
                progress?.Report(new LoadProgress(_written, totalRows, step));
            }
        }

        public void AddBookmarks(IEnumerable<string> bookmarks)
        {
            lock (_gate) _bookmarks.UnionWith(bookmarks);
        }

        public IReadOnlyList<string> Bookmarks()
        {
            lock (_gate) return [.. _bookmarks];
        }
    }
}
