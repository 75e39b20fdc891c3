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
    public async Task<SyncPlan> PlanAsync(KnowledgeGraph graph, bool countLeftAlone, CancellationToken cancellationToken)
    {
        // Every element's hash, on every core, while the server answers the reads.
        var nodeHashes = Task.Run(() => graph.Nodes.AsParallel().ToDictionary(n => n, SyncRows.Hash), cancellationToken);
        var edgeHashes = Task.Run(() => graph.Edges.AsParallel().ToDictionary(e => e, SyncRows.Hash), cancellationToken);
        await using var session = driver.Session(options.Database);
        var record = await Read(session, "reading the graph's record", SyncStatements.ReadGraph, Parameters(), cancellationToken);
        var previousVault = record.Records.Count > 0 ? record.Records[0][SyncStatements.VaultParameter] as string : null;

        var nodesByLabel = graph.Nodes.ToLookup(n => n.Label);
        var nodeWork = new List<NodeWork>();
        var kept = new List<KeptNode>();
        var released = 0;
        foreach (var label in Enum.GetValues<NodeLabel>())
        {
            var held = await Read(session, $"reading the {label} nodes the graph holds", SyncStatements.ReadNodes(label), Parameters(), cancellationToken);
            var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
            var present = new HashSet<string>(StringComparer.Ordinal); // in the database, held by the graph or not
            foreach (var r in held.Records)
            {
                var id = (string)r[SyncStatements.IdColumn]!;
                present.Add(id);
                if (r[SyncStatements.HeldColumn] is true) stored[id] = r[SyncStatements.HashColumn] as string;
            }
            var hashes = await nodeHashes;
            var (compared, created, unchanged) = Compare(nodesByLabel[label], n => n.Key, n => hashes[n], stored);
            var writes = compared.Select(w => new NodeWrite(w.Item1, w.Item2, Absent: !present.Contains(w.Item1.Key))).ToList();
            var deletes = options.Prune ? stored.Keys.Where(id => graph.FindNode(label, id) is null).Order(StringComparer.Ordinal).ToList() : [];
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

        var edgesByType = graph.Edges.ToLookup(e => e.Type);
        var relationshipWork = new List<RelationshipWork>();
        foreach (var type in RelationshipTypes.All)
        {
            var held = await Read(session, $"reading the {type.QualifiedName()} relationships the graph holds", SyncStatements.ReadRelationships(type), Parameters(), cancellationToken);
            var stored = new Dictionary<(string, string), string?>();
            foreach (var r in held.Records)
                stored[((string)r[SyncStatements.FromColumn]!, (string)r[SyncStatements.ToColumn]!)] = r[SyncStatements.HashColumn] as string;
            var edges = edgesByType[type].ToList();
            var hashes = await edgeHashes;
            var (writes, created, unchanged) = Compare(edges, e => (e.Source.Key, e.Target.Key), e => hashes[e], stored);
            var present = edges.Select(e => (e.Source.Key, e.Target.Key)).ToHashSet();
            var deletes = options.Prune ? stored.Keys.Where(k => !present.Contains(k)).Order().ToList() : [];
            relationshipWork.Add(new RelationshipWork(type, new ElementChanges(type.QualifiedName(), created, writes.Count - created, deletes.Count, unchanged), writes, deletes));
        }

        var plan = new SyncPlan(options.Graph, options.Vault, previousVault, record.Records.Count > 0, options.Prune,
            nodeWork, relationshipWork, kept, released);
        if (countLeftAlone) plan.LeftAlone = await CountLeftAlone(session, cancellationToken);
        return plan;
    }

    /// <summary>The elements to write (new, or with another hash than the stored one), how many of them are new, and how many are unchanged.</summary>
    private static (List<(T, string)> Writes, int Created, int Unchanged) Compare<T, TKey>(
        IEnumerable<T> elements, Func<T, TKey> key, Func<T, string> hash, Dictionary<TKey, string?> stored)
        where TKey : notnull
    {
        var writes = new List<(T, string)>();
        int created = 0, unchanged = 0;
        foreach (var element in elements)
        {
            var h = hash(element);
            if (!stored.TryGetValue(key(element), out var held)) created++;
            else if (string.Equals(held, h, StringComparison.Ordinal)) { unchanged++; continue; }
            writes.Add((element, h));
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
        IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
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
