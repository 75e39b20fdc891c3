using GeneGraph.Bolt;
using GeneGraph.Cypher;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.Scripted;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>
/// The sync's conversation with a scripted Bolt 5.0 server (Neo4j 5): the server says it holds the example vault's
/// graph with one Trait's hash stale, plus a Gene and a HAS_LOCUS the vault no longer has. The loader reads back,
/// then writes exactly that Trait, releases exactly that relationship and that node, and nothing else.
/// </summary>
public sealed class SyncConversationTests
{
    private const string Vault = "/vaults/example";

    [Fact]
    public async Task A_sync_over_Bolt_5_sends_only_the_changed_and_vanished_rows()
    {
        var graph = VaultGraph.Build(RepoPaths.ExampleVault()).Graph;
        var stale = graph.Nodes.First(n => n.Label == NodeLabel.Trait);
        var runs = new List<(string Statement, Dictionary<string, object?> Parameters, Dictionary<string, object?> Begin)>();

        // What the scripted server holds: every element with its hash, one hash stale, and a vanished Gene with its locus relationship.
        (List<object?> Fields, List<object?[]> Rows) Answer(string statement, Dictionary<string, object?> parameters)
        {
            if (statement == SyncStatements.ReadGraph) return (["vault", "generation"], [[Vault, null]]);
            foreach (var label in Enum.GetValues<NodeLabel>())
            {
                if (statement == SyncStatements.ReadNodes(label))
                {
                    var rows = graph.Nodes.Where(n => n.Label == label)
                        .Select(n => new object?[] { n.Key, n == stale ? "stale" : SyncRows.Hash(n), true }).ToList();
                    if (label == NodeLabel.Gene) rows.Add(["GONE", "any", true]);
                    return (["id", "hash", "held"], rows);
                }
                if (statement == SyncStatements.InspectVanishedNodes(label))
                {
                    Assert.Equal(NodeLabel.Gene, label);
                    Assert.Equal(["GONE"], Assert.IsAssignableFrom<IEnumerable<object?>>(parameters["ids"]));
                    return (["id", "shared", "foreign"], [["GONE", false, 0L]]);
                }
            }
            foreach (var type in RelationshipTypes.All)
            {
                if (statement != SyncStatements.ReadRelationships(type)) continue;
                var rows = graph.Edges.Where(e => e.Type == type).Select(e => new object?[] { e.Source.Key, e.Target.Key, SyncRows.Hash(e) }).ToList();
                if (type == RelationshipType.HasLocus) rows.Add(["GONE", "chr1:1-2", "any"]);
                return (["fromId", "toId", "hash"], rows);
            }
            return ([], []);
        }

        await using var fake = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 0);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(ScriptedTest.Map(("server", "Neo4j/5.26.0"), ("connection_id", "bolt-5")));
            while (true)
            {
                var message = await c.ReadMessageAsync();
                if (message.Name == "GOODBYE") break;
                Assert.Equal("BEGIN", message.Name);
                var run = await c.ExpectAsync("RUN");
                var statement = Assert.IsType<string>(run.Fields[0]);
                var parameters = ScriptedTest.Params(run.Fields);
                runs.Add((statement, parameters, message.Map(0)));
                await c.ExpectAsync("PULL");
                await c.SuccessAsync();
                var (fields, rows) = Answer(statement, parameters);
                await c.SuccessAsync(ScriptedTest.Map(("fields", fields)));
                foreach (var row in rows) await c.RecordAsync(row);
                await c.SuccessAsync(ScriptedTest.Map(("stats", ScriptedTest.Map())));
                await c.ExpectAsync("COMMIT");
                await c.SuccessAsync(ScriptedTest.Map(("bookmark", "bm-" + runs.Count)));
            }
        });

        SyncPlan? plan = null;
        await ScriptedTest.RunAsync(fake, async () =>
        {
            await using var driver = new BoltDriver(fake.BoltUri, ScriptedTest.Auth, ScriptedTest.Options);
            var options = new LoadOptions { Graph = "example", Vault = Vault, BatchSize = 1000 };
            plan = (await new Neo4jLoader(driver, options).LoadAsync(graph, cancellationToken: ScriptedTest.Ct)).Plan;
        });

        Assert.All(runs, run => Assert.Equal("example", run.Parameters.GetValueOrDefault("graph") ?? "example"));
        Assert.All(runs, run => Assert.False(run.Begin.ContainsKey("db"))); // no database asked for: the home database
        var schema = CypherStatements.Schema(new Version(5, 26, 0));
        var writes = runs.Where(r => !r.Statement.StartsWith("MATCH ", StringComparison.Ordinal) && !schema.Contains(r.Statement)
                                     && r.Statement != SyncStatements.InspectVanishedNodes(NodeLabel.Gene)).ToList();
        Assert.Equal(
            [SyncStatements.UpsertNodes(NodeLabel.Trait), SyncStatements.DeleteRelationships(RelationshipType.HasLocus), SyncStatements.DeleteNodes(NodeLabel.Gene)],
            writes.Select(w => w.Statement));
        var traitRow = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<object?>>(writes[0].Parameters["rows"])));
        Assert.Equal(stale.Key, traitRow["id"]);
        Assert.Equal(SyncRows.Hash(stale), traitRow["hash"]);
        var ends = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<object?>>(writes[1].Parameters["rows"])));
        Assert.Equal(("GONE", "chr1:1-2"), ((string)ends["from"]!, (string)ends["to"]!));
        var gone = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(Assert.Single(Assert.IsAssignableFrom<IEnumerable<object?>>(writes[2].Parameters["rows"])));
        Assert.Equal("GONE", gone["id"]);

        Assert.Equal(new ElementChanges("Trait", 0, 1, 0, graph.CountNodesByLabel()[NodeLabel.Trait] - 1), plan!.Nodes.Single(c => c.Element == "Trait"));
        Assert.Equal(1, plan.Nodes.Single(c => c.Element == "Gene").Deleted);
        Assert.Equal(1, plan.Relationships.Single(c => c.Element == "HAS_LOCUS").Deleted);
        Assert.Empty(plan.Kept);
    }
}
