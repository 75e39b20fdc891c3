using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

public sealed class ScriptedBolt1Tests
{
    [Fact]
    public async Task Init_then_cypher_begin_commit_and_ack_failure()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(1, 0);
            var init = await c.ExpectAsync("HELLO"); // INIT shares signature 0x01
            Assert.Equal(2, init.Fields.Count);
            Assert.StartsWith("GeneGraph/", (string)init.Fields[0]!);
            Assert.Equal(Map(("scheme", "basic"), ("principal", "neo4j"), ("credentials", Password)), init.Fields[1]);
            await c.SuccessAsync(Map(("server", "Neo4j/3.1.1")));

            var begin = await c.ExpectAsync("RUN");
            Assert.Equal(["BEGIN", new Dictionary<string, object?>()], begin.Fields);
            await c.ExpectAsync("PULL");
            var run = await c.ExpectAsync("RUN");
            Assert.Equal(2, run.Fields.Count);
            Assert.Equal("CREATE (g:Gene {id: $id})", run.Fields[0]);
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync(Map(("stats", Map(("nodes-created", 1L), ("properties-set", 1L)))));
            Assert.Equal("COMMIT", (await c.ExpectAsync("RUN")).Fields[0]);
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync(Map(("bookmark", "neo4j:bookmark:v1:tx7")));

            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.FailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'T'");
            await c.IgnoredAsync();
            await c.ExpectAsync("ACK_FAILURE");
            await c.SuccessAsync();

            await c.ExpectCloseAsync(); // Bolt 1 has no GOODBYE
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();

            var created = await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (g:Gene {id: $id})", Map(("id", "TP53")), Ct), Ct);
            var error = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1", null, Ct));

            Assert.Equal(1L, created.Counters.NodesCreated);
            Assert.Equal(["neo4j:bookmark:v1:tx7"], session.LastBookmarks);
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        });
    }

    [Fact]
    public async Task Bytes_are_not_sent_to_servers_older_than_3_2()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(1, 0);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(Map(("server", "Neo4j/3.1.1")));
            await c.ExpectCloseAsync();
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);

            var error = await Assert.ThrowsAsync<NotSupportedException>(
                () => driver.Session().RunAsync("RETURN $b", Map(("b", new byte[] { 1 })), Ct));
            Assert.Contains("Neo4j 3.2", error.Message);
        });
    }
}
