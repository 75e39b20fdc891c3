using GeneGraph.Bolt;
using GeneGraph.Bolt.Results;
using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>
/// Reads what the server holds of one graph (ids and content hashes per label and type) and compares it with the
/// vault's graph. Only reads; every read is a parameterised statement of <see cref="SyncStatements"/>. The reads run
/// in write-mode transactions so that on a cluster they see the leader's latest state.
/// </summary>
internal sealed class SyncPlanner(BoltDriver driver, LoadOptions options)
{
    /// <summary>
    /// What a plan needs before the vault's graph: the graph's record (the vault it was loaded from, its generation)
    /// and, where one is kept and still describes the database, the record of the last load from this machine.
    /// </summary>
    public async Task<SyncBaseline> ReadBaselineAsync(ServerInfo server, CancellationToken cancellationToken)
    {
        var snapshotFile = options.SnapshotDirectory is { } directory
            ? SyncSnapshot.FileOf(directory, driver.Uri.ToString(), options.Database, options.Graph)
            : null;
        var snapshot = snapshotFile is null || options.ReadBack ? null : Task.Run(() => SyncSnapshot.Read(snapshotFile), cancellationToken);
        await using var session = driver.Session(options.Database);
        var record = await Read(session, "reading the graph's record", SyncStatements.ReadGraph, Parameters(), cancellationToken);
        var previousVault = record.Records.Count > 0 ? record.Records[0][SyncStatements.VaultParameter] as string : null;
        var generation = record.Records.Count > 0 ? record.Records[0][SyncStatements.GenerationParameter] as string : null;
        var trusted = await Trusted(session, snapshot is null ? null : await snapshot, generation, cancellationToken);
        return new SyncBaseline(server, previousVault, record.Records.Count > 0, generation, trusted, snapshotFile);
    }

    public async Task<SyncPlan> PlanAsync(KnowledgeGraph graph, SyncBaseline baseline, bool countLeftAlone, CancellationToken cancellationToken)
    {
        // Every element's hash, on every core, while the server answers the reads; by the element's place in the graph's order.
        var nodes = graph.Nodes;
        var edges = graph.Edges;
        var nodeHashes = Task.Run(() => HashAll(nodes, SyncRows.Hash), cancellationToken);
        var edgeHashes = Task.Run(() => HashAll(edges, SyncRows.Hash), cancellationToken);
        var trusted = baseline.Trusted;
        await using var session = driver.Session(options.Database);

        var nodesByLabel = Enumerable.Range(0, nodes.Count).ToLookup(i => nodes[i].Label);
        var nodeWork = new List<NodeWork>();
        var heldNodes = new Dictionary<NodeLabel, Dictionary<string, string?>>();
        var kept = new List<KeptNode>();
        var released = 0;
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var (stored, present) = trusted is null
                ? await ReadHeldNodes(session, label, cancellationToken)
                : await HeldNodesOf(session, trusted, label, nodesByLabel[label].Select(i => nodes[i]), cancellationToken);
            heldNodes[label] = stored;
            var hashes = await nodeHashes;
            var (compared, created, unchanged) = Compare(nodesByLabel[label], i => nodes[i].Key, hashes, stored);
            var writes = compared.Select(w => new NodeWrite(nodes[w.Index], w.Hash, Absent: !stored.ContainsKey(nodes[w.Index].Key) && !present.Contains(nodes[w.Index].Key))).ToList();
            var allKept = writes.Count - created + unchanged == stored.Count; // every element held is still in the vault
            var deletes = options.Prune && !allKept ? stored.Keys.Where(id => graph.FindNode(label, id) is null).Order(StringComparer.Ordinal).ToList() : [];
            if (deletes.Count > 0)
            {
                var ids = new Dictionary<string, object?> { [SyncStatements.GraphParameter] = options.Graph, [SyncStatements.IdsParameter] = deletes };
                var vanished = await Read(session, $"reading the vanished {label} nodes", SyncStatements.InspectVanishedNodes(label), ids, cancellationToken);
                foreach (var row in vanished.Records)
                {
                    if (row[SyncStatements.SharedColumn] is true) released++;
                    else if (row[SyncStatements.ForeignColumn] is long foreign and > 0) kept.Add(new KeptNode(label, (string)row[SyncStatements.IdColumn]!, foreign));
                }
            }
            nodeWork.Add(new NodeWork(label, new ElementChanges(label.ToString(), created, writes.Count - created, deletes.Count, unchanged), writes, deletes));
        }

        var edgesByType = Enumerable.Range(0, edges.Count).ToLookup(i => edges[i].Type);
        var relationshipWork = new List<RelationshipWork>();
        var heldRelationships = new Dictionary<RelationshipType, Dictionary<(string, string), string?>>();
        foreach (var type in RelationshipTypes.All)
        {
            var stored = trusted is null
                ? await ReadHeldRelationships(session, type, cancellationToken)
                : trusted.Held.Relationships.GetValueOrDefault(type) ?? [];
            heldRelationships[type] = stored;
            var hashes = await edgeHashes;
            var (compared, created, unchanged) = Compare(edgesByType[type], i => (edges[i].Source.Key, edges[i].Target.Key), hashes, stored);
            var writes = compared.Select(w => (edges[w.Index], w.Hash)).ToList();
            var allKept = writes.Count - created + unchanged == stored.Count;
            var deletes = new List<(string, string)>();
            if (options.Prune && !allKept)
            {
                var present = edgesByType[type].Select(i => (edges[i].Source.Key, edges[i].Target.Key)).ToHashSet();
                deletes = [.. stored.Keys.Where(k => !present.Contains(k)).Order()];
            }
            relationshipWork.Add(new RelationshipWork(type, new ElementChanges(type.QualifiedName(), created, writes.Count - created, deletes.Count, unchanged), writes, deletes));
        }

        var plan = new SyncPlan(options.Graph, options.Vault, baseline.PreviousVault, baseline.Recorded, options.Prune,
            nodeWork, relationshipWork, kept, released)
        {
            Held = new HeldElements(heldNodes, heldRelationships),
            Generation = baseline.Generation,
            SnapshotFile = baseline.SnapshotFile,
            FromSnapshot = trusted is not null,
        };
        if (countLeftAlone) plan.LeftAlone = await CountLeftAlone(session, cancellationToken);
        return plan;
    }

    /// <summary>
    /// The snapshot, when the database is still as the load that wrote it left it: the graph's record names the
    /// snapshot's generation (no load has written since, or one is writing now) and no node or relationship of
    /// GeneGraph's labels and types was created or deleted since (the count store's counts are the snapshot's).
    /// </summary>
    private async Task<SyncSnapshot?> Trusted(BoltSession session, SyncSnapshot? snapshot, string? generation, CancellationToken cancellationToken)
    {
        if (snapshot is null || generation is null || snapshot.Generation != generation) return null;
        var counts = await CountElementsAsync(session, cancellationToken);
        return counts.Count == snapshot.Counts.Count && counts.All(c => snapshot.Counts.GetValueOrDefault(c.Key, -1) == c.Value) ? snapshot : null;
    }

    /// <summary>The generation the graph's record names now (null: none).</summary>
    internal async Task<string?> ReadGenerationAsync(BoltSession session, CancellationToken cancellationToken)
    {
        var record = await Read(session, "reading the graph's record", SyncStatements.ReadGraph, Parameters(), cancellationToken);
        return record.Records.Count > 0 ? record.Records[0][SyncStatements.GenerationParameter] as string : null;
    }

    /// <summary>
    /// Nodes and relationships per label and type in the whole database (<see cref="SyncStatements.CountNodes"/>,
    /// <see cref="SyncStatements.CountRelationships"/>), in one transaction. A load, a user's or anyone's, that creates
    /// or deletes an element of GeneGraph's labels and types changes them.
    /// </summary>
    internal async Task<Dictionary<string, long>> CountElementsAsync(BoltSession session, CancellationToken cancellationToken)
    {
        var statements = Enum.GetValues<NodeLabel>().Select(l => (Name: l.ToString(), Statement: SyncStatements.CountNodes(l)))
            .Concat(RelationshipTypes.All.Select(t => (Name: t.Name(), Statement: SyncStatements.CountRelationships(t))))
            .ToList();
        try
        {
            return await session.ExecuteWriteAsync(async tx =>
            {
                var counts = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var (name, statement) in statements)
                    counts[name] = (long)(await tx.RunAsync(statement, null, cancellationToken)).Records[0][SyncStatements.CountColumn]!;
                return counts;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new LoadException("counting the database's elements", e);
        }
    }

    /// <summary>The label's nodes the graph holds (id → hash), and the ids of those it does not hold (another graph's, the user's, unmarked).</summary>
    private async Task<(Dictionary<string, string?> Held, HashSet<string> Present)> ReadHeldNodes(BoltSession session, NodeLabel label, CancellationToken cancellationToken)
    {
        var held = await Read(session, $"reading the {label} nodes the graph holds", SyncStatements.ReadNodes(label), Parameters(), cancellationToken);
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in held.Records)
        {
            var id = (string)r[SyncStatements.IdColumn]!;
            if (r[SyncStatements.HeldColumn] is true) stored[id] = r[SyncStatements.HashColumn] as string;
            else present.Add(id);
        }
        return (stored, present);
    }

    /// <summary>The snapshot's nodes of the label, and which of the vault's nodes it lacks are in the database all the same.</summary>
    private async Task<(Dictionary<string, string?> Held, HashSet<string> Present)> HeldNodesOf(
        BoltSession session, SyncSnapshot snapshot, NodeLabel label, IEnumerable<GraphNode> nodes, CancellationToken cancellationToken)
    {
        var stored = snapshot.Held.Nodes.GetValueOrDefault(label) ?? new Dictionary<string, string?>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var missing = nodes.Select(n => n.Key).Where(id => !stored.ContainsKey(id)).ToList();
        if (missing.Count == 0) return (stored, present);
        var ids = new Dictionary<string, object?> { [SyncStatements.IdsParameter] = missing };
        var found = await Read(session, $"looking for the new {label} nodes", SyncStatements.ReadPresentNodes(label), ids, cancellationToken);
        foreach (var r in found.Records) present.Add((string)r[SyncStatements.IdColumn]!);
        return (stored, present);
    }

    private async Task<Dictionary<(string, string), string?>> ReadHeldRelationships(BoltSession session, RelationshipType type, CancellationToken cancellationToken)
    {
        var held = await Read(session, $"reading the {type.QualifiedName()} relationships the graph holds", SyncStatements.ReadRelationships(type), Parameters(), cancellationToken);
        var stored = new Dictionary<(string, string), string?>();
        foreach (var r in held.Records)
            stored[((string)r[SyncStatements.FromColumn]!, (string)r[SyncStatements.ToColumn]!)] = r[SyncStatements.HashColumn] as string;
        return stored;
    }

    /// <summary>The hash of every element, on every core, in the order of <paramref name="elements"/>.</summary>
    private static string[] HashAll<T>(IReadOnlyList<T> elements, Func<T, string> hash)
    {
        var hashes = new string[elements.Count];
        Parallel.For(0, elements.Count, i => hashes[i] = hash(elements[i]));
        return hashes;
    }

    /// <summary>
    /// The elements (by their place) to write: new, or with another hash than the stored one, each with its hash; how
    /// many of them are new, and how many are unchanged.
    /// </summary>
    private static (List<(int Index, string Hash)> Writes, int Created, int Unchanged) Compare<TKey>(
        IEnumerable<int> elements, Func<int, TKey> key, string[] hashes, Dictionary<TKey, string?> stored)
        where TKey : notnull
    {
        var writes = new List<(int, string)>();
        int created = 0, unchanged = 0;
        foreach (var i in elements)
        {
            var h = hashes[i];
            if (!stored.TryGetValue(key(i), out var held)) created++;
            else if (string.Equals(held, h, StringComparison.Ordinal)) { unchanged++; continue; }
            writes.Add((i, h));
        }
        return (writes, created, unchanged);
    }

    private async Task<LeftAlone> CountLeftAlone(BoltSession session, CancellationToken cancellationToken)
    {
        var nodes = await Read(session, "counting the nodes left alone", SyncStatements.CountLeftAloneNodes, Parameters(), cancellationToken);
        var relationships = await Read(session, "counting the relationships left alone", SyncStatements.CountLeftAloneRelationships, Parameters(), cancellationToken);
        static long Count(QueryResult result, bool unmarked) =>
            result.Records.Where(r => r[SyncStatements.UnmarkedColumn] is bool u && u == unmarked).Sum(r => (long)r[SyncStatements.CountColumn]!);
        return new LeftAlone(Count(nodes, false), Count(nodes, true), Count(relationships, false), Count(relationships, true));
    }

    private Dictionary<string, object?> Parameters() => new() { [SyncStatements.GraphParameter] = options.Graph };

    private static async Task<QueryResult> Read(BoltSession session, string what, string statement,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return await session.ExecuteWriteAsync(tx => tx.RunAsync(statement, parameters, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new LoadException(what, e);
        }
    }
}

/// <summary>What a plan reads before the graph (<see cref="SyncPlanner.ReadBaselineAsync"/>).</summary>
/// <param name="Trusted">The record of the last load from this machine, when it still describes the database; else null.</param>
internal sealed record SyncBaseline(ServerInfo Server, string? PreviousVault, bool Recorded, string? Generation, SyncSnapshot? Trusted, string? SnapshotFile);
