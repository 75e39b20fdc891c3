using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Results;
using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>
/// Makes the database hold the vault's graph (docs/sync.md): reads what the graph already holds there
/// (<see cref="SyncPlanner"/>), then writes the schema (constraints on every label's id, so MERGE finds nodes by
/// index), the new and changed nodes per label and relationships per type, and releases what the vault no longer
/// yields, in parameterised UNWIND batches, one write transaction per batch (retried on transient errors by the
/// driver). Unchanged elements are not sent. Up to <see cref="LoadOptions.Concurrency"/> labels (then types) load at
/// once, on separate connections, but never two that touch the same label (<see cref="DisjointLanes"/>); each phase
/// starts when the one before is in.
/// </summary>
public sealed class Neo4jLoader(BoltDriver driver, LoadOptions? options = null)
{
    private readonly LoadOptions _options = options ?? new LoadOptions();

    private Task<SyncBaseline>? _prepared;

    /// <summary>
    /// Starts what the next <see cref="PlanAsync"/> or <see cref="LoadAsync"/> reads before it needs the graph
    /// (connecting, the graph's record, the record of the last load), so that it runs while the caller builds the
    /// graph. Its failures are those of the plan or load that follows.
    /// </summary>
    public void Prepare(CancellationToken cancellationToken = default) => _prepared ??= BaselineAsync(cancellationToken);

    private async Task<SyncBaseline> BaselineAsync(CancellationToken cancellationToken)
    {
        var server = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await new SyncPlanner(driver, _options).ReadBaselineAsync(server, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The baseline <see cref="Prepare"/> started, else a fresh one; each is used by one plan.</summary>
    private Task<SyncBaseline> TakeBaseline(CancellationToken cancellationToken)
    {
        var baseline = _prepared ?? BaselineAsync(cancellationToken);
        _prepared = null;
        return baseline;
    }

    /// <summary>What <see cref="LoadAsync"/> would do, and what it would leave alone, without writing anything.</summary>
    public async Task<SyncPlan> PlanAsync(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        var baseline = await TakeBaseline(cancellationToken).ConfigureAwait(false);
        return await new SyncPlanner(driver, _options).PlanAsync(graph, baseline, countLeftAlone: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LoadSummary> LoadAsync(KnowledgeGraph graph, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var baseline = await TakeBaseline(cancellationToken).ConfigureAwait(false);
        var server = baseline.Server;
        var plan = await new SyncPlanner(driver, _options).PlanAsync(graph, baseline, countLeftAlone: false, cancellationToken).ConfigureAwait(false);
        if (plan.OtherVault && !_options.Force) throw new LoadRefusedException(DescribeOtherVault(plan), plan);

        var totalRows = plan.NodeWork.Sum(w => (long)w.Writes.Count + w.Deletes.Count) + plan.RelationshipWork.Sum(w => (long)w.Writes.Count + w.Deletes.Count);
        var totals = new Totals(totalRows, progress);
        var writing = $"writing {Guid.NewGuid():N}";
        // What the graph will hold is known from the plan: its record is written on the other core while the load writes.
        var snapshot = plan.SnapshotFile is { } file && !plan.WritesNothing
            ? Task.Run(() => SyncSnapshot.Begin(file, plan.Held.After(plan.NodeWork, plan.RelationshipWork)), CancellationToken.None)
            : null;
        try
        {
            await WriteAsync(plan, server, totals, writing, cancellationToken).ConfigureAwait(false);
            await FinishAsync(plan, writing, snapshot, totals.Bookmarks(), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (snapshot is not null) (await snapshot.ConfigureAwait(false)).Dispose(); // deletes it unless it was completed
        }

        return new LoadSummary(
            $"{server.Agent} at {server.Address} (Bolt {server.ProtocolVersion})", totals.Batches,
            totals.NodesCreated, totals.RelationshipsCreated, totals.PropertiesSet, totals.ConstraintsAdded, totals.IndexesAdded,
            graph.CountNodesByLabel(), graph.CountEdgesByType())
        {
            Plan = plan,
            NodesDeleted = totals.NodesDeleted,
            RelationshipsDeleted = totals.RelationshipsDeleted,
            MergedAfterConflict = totals.RetakenBatches,
        };
    }

    /// <summary>The schema, the graph's record, then the plan's writes and deletes, phase after phase.</summary>
    private async Task WriteAsync(SyncPlan plan, ServerInfo server, Totals totals, string writing, CancellationToken cancellationToken)
    {
        await using (var session = driver.Session(_options.Database))
        {
            foreach (var statement in CypherStatements.Schema(server.Version))
                totals.Add((await Run(session, "schema", statement, null, cancellationToken).ConfigureAwait(false)).Counters, 0, null);
            if (plan.WritesRecord)
            {
                var record = new Dictionary<string, object?> { [SyncStatements.GraphParameter] = _options.Graph, [SyncStatements.VaultParameter] = _options.Vault };
                totals.Add((await Run(session, "the graph's record", SyncStatements.WriteGraph, record, cancellationToken).ConfigureAwait(false)).Counters, 0, null);
            }
            // Bookkeeping, not counted: from here until the load has written everything, no record of an earlier load is current.
            if (!plan.WritesNothing)
                await Run(session, "the graph's record", SyncStatements.MarkWriting, GenerationParameters(writing), cancellationToken).ConfigureAwait(false);
            totals.AddBookmarks(session.LastBookmarks);
        }
        if (AfterPlanning is { } afterPlanning) await afterPlanning(cancellationToken).ConfigureAwait(false);

        // Nodes the database did not hold at all are created; the others (changed, or another graph's, the user's) merged.
        var nodeWrites = plan.NodeWork
            .SelectMany(w => new[] { false, true }.Select(absent => (w.Label, Rows: w.Writes.Where(x => x.Absent == absent).ToList(), Absent: absent)))
            .Where(w => w.Rows.Count > 0)
            .Select(w => new Step(w.Absent ? $"new {w.Label} nodes" : $"{w.Label} nodes",
                w.Absent ? SyncStatements.CreateNodes(w.Label) : SyncStatements.UpsertNodes(w.Label), [w.Label], w.Rows.Count,
                w.Rows.Select(x => SyncRows.Node(x.Node, x.Hash)), IfTaken: w.Absent ? SyncStatements.UpsertNodes(w.Label) : null))
            .ToList();
        var relationshipWrites = plan.RelationshipWork.Where(w => w.Writes.Count > 0)
            .Select(w => new Step($"{w.Type.QualifiedName()} relationships", SyncStatements.UpsertRelationships(w.Type, server.Version),
                [w.Type.Endpoints().From, w.Type.Endpoints().To], w.Writes.Count, w.Writes.Select(x => SyncRows.Relationship(x.Edge, x.Hash))))
            .ToList();
        var relationshipDeletes = plan.RelationshipWork.Where(w => w.Deletes.Count > 0)
            .Select(w => new Step($"{w.Type.QualifiedName()} relationships gone from the vault", SyncStatements.DeleteRelationships(w.Type),
                [w.Type.Endpoints().From, w.Type.Endpoints().To], w.Deletes.Count, w.Deletes.Select(d => SyncRows.RelationshipEnds(d.From, d.To))))
            .ToList();
        var nodeDeletes = plan.NodeWork.Where(w => w.Deletes.Count > 0)
            .Select(w => new Step($"{w.Label} nodes gone from the vault", SyncStatements.DeleteNodes(w.Label), [w.Label], w.Deletes.Count,
                w.Deletes.Select(SyncRows.NodeKey)))
            .ToList();
        // Nodes before the relationships that need them; vanished relationships before the nodes they held.
        foreach (var phase in new[] { nodeWrites, relationshipWrites, relationshipDeletes, nodeDeletes })
        {
            // Each phase starts after every write of the one before (bookmarks, for a cluster).
            var after = totals.Bookmarks();
            await DisjointLanes.RunAsync(phase, step => step.Touches, _options.Concurrency,
                (step, token) => WriteBatches(step, after, totals, token), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After a load that wrote: a new generation on the graph's record, if it still names this load; then, where a
    /// record is kept, the record of what the graph now holds (<paramref name="snapshot"/>, begun while the load wrote)
    /// completed under that generation. A load that wrote nothing leaves the database as it is; if it read the database
    /// back, it keeps what it read under the database's generation, if the database still names it after the counts
    /// were taken (no load wrote meanwhile).
    /// </summary>
    private async Task FinishAsync(SyncPlan plan, string writing, Task<SyncSnapshot.Pending>? snapshot, IReadOnlyList<string> bookmarks,
        CancellationToken cancellationToken)
    {
        if (plan.WritesNothing && (plan.FromSnapshot || plan.Generation is null || plan.SnapshotFile is null)) return;
        var planner = new SyncPlanner(driver, _options);
        await using var session = driver.Session(_options.Database, bookmarks: bookmarks);
        if (plan.WritesNothing)
        {
            var counts = await planner.CountElementsAsync(session, cancellationToken).ConfigureAwait(false);
            if (await planner.ReadGenerationAsync(session, cancellationToken).ConfigureAwait(false) == plan.Generation)
            {
                using var readBack = SyncSnapshot.Begin(plan.SnapshotFile!, plan.Held);
                readBack.Complete(plan.Generation!, counts);
            }
            return;
        }
        var parameters = GenerationParameters(Guid.NewGuid().ToString("N"));
        parameters[SyncStatements.WritingParameter] = writing;
        var finished = await Run(session, "the graph's record", SyncStatements.FinishWriting, parameters, cancellationToken).ConfigureAwait(false);
        if (finished.Records.Count == 0 || snapshot is null) return; // another load is writing: its record will be the current one
        var generation = (string)finished.Records[0][SyncStatements.GenerationParameter]!;
        var elements = await planner.CountElementsAsync(session, cancellationToken).ConfigureAwait(false);
        (await snapshot.ConfigureAwait(false)).Complete(generation, elements);
    }

    private Dictionary<string, object?> GenerationParameters(string generation) =>
        new() { [SyncStatements.GraphParameter] = _options.Graph, [SyncStatements.GenerationParameter] = generation };

    /// <summary>Why a load of another vault under the graph's name is refused, and what it would delete.</summary>
    public static string DescribeOtherVault(SyncPlan plan) =>
        $"the graph \"{plan.Graph}\" was loaded from {plan.PreviousVault}, not from {plan.Vault}: loading this vault under the same name " +
        $"would delete {plan.Nodes.Sum(c => c.Deleted)} nodes and {plan.Relationships.Sum(c => c.Deleted)} relationships of it; " +
        "give this vault its own graph name (--graph), or replace the graph with --force";

    /// <summary>Checks the options and the server: connectivity, and that a database named is one the server can select.</summary>
    private async Task<ServerInfo> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "the batch size must be at least 1");
        if (_options.Concurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), "the concurrency must be at least 1");
        if (string.IsNullOrWhiteSpace(_options.Graph)) throw new ArgumentException("the graph name must not be empty", nameof(options));
        var server = await driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        if (_options.Database is { } database && (server.ProtocolVersion.Major < 4 || server.Version is { Major: < 4 }))
            throw new LoadRefusedException(
                $"the database \"{database}\" was asked for, but {server.Agent ?? "the server"} (Bolt {server.ProtocolVersion}) has a single " +
                "database and cannot select one (multiple databases came with Neo4j 4.0); leave the database out");
        return server;
    }

    /// <summary>Called between the plan and the first write (tests create a node there, as a concurrent load would).</summary>
    internal Func<CancellationToken, Task>? AfterPlanning { get; init; }

    /// <summary>
    /// One label's or type's rows, made a batch at a time as they are sent (all at once would double the peak memory).
    /// <paramref name="IfTaken"/>: the statement a batch is sent again with when it breaks a uniqueness constraint
    /// (a node created since the plan read the database).
    /// </summary>
    private sealed record Step(string What, string Statement, NodeLabel[] Touches, int Count, IEnumerable<Dictionary<string, object?>> Rows,
        string? IfTaken = null);

    private const string ConstraintViolated = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private async Task WriteBatches(Step step, IReadOnlyList<string> after, Totals totals, CancellationToken cancellationToken)
    {
        var batches = (step.Count + _options.BatchSize - 1) / _options.BatchSize;
        await using var session = driver.Session(_options.Database, bookmarks: after);
        var first = 0;
        foreach (var batch in step.Rows.Chunk(_options.BatchSize))
        {
            var name = $"{step.What}, batch {first / _options.BatchSize + 1} of {batches} (rows {first + 1}-{first + batch.Length})";
            var parameters = new Dictionary<string, object?> { [GraphRows.RowsParameter] = batch, [SyncStatements.GraphParameter] = _options.Graph };
            QueryResult result;
            try
            {
                result = await Run(session, name, step.Statement, parameters, cancellationToken).ConfigureAwait(false);
            }
            catch (LoadException e) when (step.IfTaken is { } merge && e.InnerException is Neo4jException { Code: ConstraintViolated })
            {
                // The failed transaction wrote nothing; the merge takes the nodes someone created meanwhile and creates the rest.
                result = await Run(session, name, merge, parameters, cancellationToken).ConfigureAwait(false);
                totals.AddRetakenBatch();
            }
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

        public int Batches, RetakenBatches;
        public long NodesCreated, NodesDeleted, RelationshipsCreated, RelationshipsDeleted, PropertiesSet, ConstraintsAdded, IndexesAdded;

        /// <summary>Adds one result; a batch (<paramref name="rows"/> &gt; 0) also counts and reports progress.</summary>
        public void Add(SummaryCounters counters, int rows, string? step)
        {
            lock (_gate)
            {
                NodesCreated += counters.NodesCreated;
                RelationshipsCreated += counters.RelationshipsCreated;
                NodesDeleted += counters.NodesDeleted;
                RelationshipsDeleted += counters.RelationshipsDeleted;
                PropertiesSet += counters.PropertiesSet;
                ConstraintsAdded += counters.ConstraintsAdded;
                IndexesAdded += counters.IndexesAdded;
                if (step is null) return;
                Batches++;
                _written += rows;
                progress?.Report(new LoadProgress(_written, totalRows, step));
            }
        }

        public void AddRetakenBatch()
        {
            lock (_gate) RetakenBatches++;
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
