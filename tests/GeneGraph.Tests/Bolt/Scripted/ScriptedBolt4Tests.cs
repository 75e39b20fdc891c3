using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

public sealed class ScriptedBolt4Tests
{
    [Fact]
    public async Task Database_in_run_and_begin_pull_all_noops_and_messages_over_64_KB()
    {
        var bigParameter = new string('p', 150_000);
        var bigValue = string.Concat(Enumerable.Repeat("0123456789", 10_000));
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);

            var run = await c.ExpectAsync("RUN");
            Assert.Equal(Map(("db", "genes")), run.Map(2));
            Assert.Equal(bigParameter, Params(run.Fields)["big"]);
            Assert.Equal(3, run.ChunkSizes.Count);
            Assert.Equal([65_535, 65_535], run.ChunkSizes.Take(2));
            Assert.Equal(Map(("n", -1L)), (await c.ExpectAsync("PULL")).Map(0));
            await c.NoopAsync();
            await c.SuccessAsync(Map(("fields", new List<object?> { "value" }), ("t_first", 3L)));
            await c.NoopAsync();
            await c.NoopAsync();
            await c.RecordAsync(bigValue);                   // split by 65,535-byte chunks
            await c.RecordAsync(7, "small chunks", 42L);      // a tiny message in seven-byte chunks
            await c.NoopAsync();
            await c.SuccessAsync(Map(("type", "r"), ("db", "genes")), chunkSize: 3);

            Assert.Equal(Map(("db", "genes")), (await c.ExpectAsync("BEGIN")).Map(0));
            var inTx = await c.ExpectAsync("RUN");
            Assert.Empty(inTx.Map(2));
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?>()), ("qid", 0L)));
            await c.SuccessAsync(Map(("stats", Map(("relationships-created", 3L))), ("db", "genes")));
            await c.ExpectAsync("COMMIT");
            await c.SuccessAsync(Map(("bookmark", "FB:kcwQ")));

            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session("genes");

            var read = await session.RunAsync("RETURN $big AS value", Map(("big", bigParameter)), Ct);
            var written = await session.ExecuteWriteAsync(tx => tx.RunAsync("MATCH (a), (b) MERGE (a)-[:R]->(b)", null, Ct), Ct);

            Assert.Equal(2, read.Records.Count);
            Assert.Equal(bigValue, read.Records[0]["value"]);
            Assert.Equal(new object?[] { "small chunks", 42L }, read.Records[1].Values);
            Assert.Equal("genes", read.Summary.Database);
            Assert.Equal(3L, written.Counters.RelationshipsCreated);
            Assert.Equal(["FB:kcwQ"], session.LastBookmarks);
        });
    }

    [Fact]
    public async Task Failure_then_ignored_then_reset_and_the_connection_is_reused()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.FailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'R'");
            await c.IgnoredAsync();
            await c.ExpectAsync("RESET");
            await c.SuccessAsync();

            Assert.Equal("RETURN 1 AS one", (await c.ExpectAsync("RUN")).Fields[0]);
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "one" })));
            await c.RecordAsync(1L);
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();

            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1", null, Ct));
            var one = await session.RunAsync("RETURN 1 AS one", null, Ct);

            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Equal(1L, one.Scalar());
        });
    }

    [Fact]
    public async Task A_transient_error_is_retried_and_then_commits()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);

            await c.ExpectAsync("BEGIN");
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.FailureAsync("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[3] can't acquire ExclusiveLock");
            await c.IgnoredAsync();
            await c.ExpectAsync("RESET");
            await c.SuccessAsync();

            await c.ExpectAsync("BEGIN");
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync(Map(("stats", Map(("properties-set", 5L)))));
            await c.ExpectAsync("COMMIT");
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var attempts = 0;

            var result = await driver.Session().ExecuteWriteAsync(tx =>
            {
                attempts++;
                return tx.RunAsync("MATCH (g:Gene) SET g.seen = true", null, Ct);
            }, Ct);

            Assert.Equal(2, attempts);
            Assert.Equal(5L, result.Counters.PropertiesSet);
        });
    }

    [Fact]
    public async Task A_transient_error_surfaces_once_the_retry_budget_is_spent()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            await c.ExpectAsync("BEGIN");
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.FailureAsync("Neo.TransientError.General.DatabaseUnavailable", "not ready");
            await c.IgnoredAsync();
            await c.ExpectAsync("RESET");
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options with { MaxTransactionRetryTime = TimeSpan.Zero });

            var error = await Assert.ThrowsAsync<TransientException>(
                () => driver.Session().ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1", null, Ct), Ct));
            Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        });
    }
}
