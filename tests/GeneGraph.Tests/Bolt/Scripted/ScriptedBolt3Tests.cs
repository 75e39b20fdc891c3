using GeneGraph.Bolt;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

public sealed class ScriptedBolt3Tests
{
    [Fact]
    public async Task Hello_then_a_pipelined_transaction_then_bookmarks_chain_into_the_next_query()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(3, 0);
            var hello = await c.ExpectAsync("HELLO");
            var extra = hello.Map(0);
            Assert.StartsWith("GeneGraph/", (string)extra["user_agent"]!);
            Assert.Equal(("basic", "neo4j", Password), (extra["scheme"], extra["principal"], extra["credentials"]));
            await c.SuccessAsync(Map(("server", "Neo4j/3.5.35")));

            Assert.Empty((await c.ExpectAsync("BEGIN")).Map(0));
            var run = await c.ExpectAsync("RUN");
            Assert.Equal("UNWIND $rows AS row MERGE (g:Gene {id: row.id})", run.Fields[0]);
            Assert.Equal(2, Assert.IsType<List<object?>>(Params(run.Fields)["rows"]).Count);
            Assert.Empty(run.Map(2));
            Assert.Empty((await c.ExpectAsync("PULL")).Fields);
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?> { "n" })));
            await c.RecordAsync(2L);
            await c.SuccessAsync(Map(("type", "w"), ("stats", Map(("nodes-created", 2L), ("properties-set", 2L), ("labels-added", 2L)))));

            await c.ExpectAsync("COMMIT");
            await c.SuccessAsync(Map(("bookmark", "neo4j:bookmark:v1:tx42")));

            var autoCommit = await c.ExpectAsync("RUN");
            Assert.Equal(new List<object?> { "neo4j:bookmark:v1:tx42" }, autoCommit.Map(2)["bookmarks"]);
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "x" })));
            await c.RecordAsync("done");
            await c.SuccessAsync(Map(("type", "r")));

            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();
            var rows = new List<object?> { Map(("id", "TP53")), Map(("id", "BRCA1")) };

            var result = await session.ExecuteWriteAsync(
                tx => tx.RunAsync("UNWIND $rows AS row MERGE (g:Gene {id: row.id})", Map(("rows", rows)), Ct), Ct);
            var next = await session.RunAsync("RETURN 'done' AS x", null, Ct);

            Assert.Equal(2L, result.Scalar());
            Assert.Equal((2L, 2L, 2L), (result.Counters.NodesCreated, result.Counters.PropertiesSet, result.Counters.LabelsAdded));
            Assert.Equal("Neo4j/3.5.35", result.Summary.Server.Agent);
            Assert.Equal(new BoltVersion(3, 0), result.Summary.Server.ProtocolVersion);
            Assert.Equal("done", next.Records.Single().Get<string>("x"));
        });
    }

    [Fact]
    public async Task Rollback_sends_rollback_and_a_failure_is_cleared_with_reset()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV3Async(c);
            await c.ExpectAsync("BEGIN");
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync();
            await c.ExpectAsync("ROLLBACK");
            await c.SuccessAsync();

            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.FailureAsync("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists");
            await c.IgnoredAsync();
            await c.ExpectAsync("RESET");
            await c.SuccessAsync();

            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();
            await using (var tx = await session.BeginTransactionAsync(cancellationToken: Ct))
            {
                await tx.RunAsync("CREATE (:Tmp)", null, Ct);
                await tx.RollbackAsync(Ct);
            }

            var error = await Assert.ThrowsAsync<GeneGraph.Bolt.Errors.ClientException>(
                () => session.RunAsync("CREATE (:Gene {id: 'TP53'})", null, Ct));
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
            Assert.Equal("Node already exists", error.Message);
        });
    }
}
