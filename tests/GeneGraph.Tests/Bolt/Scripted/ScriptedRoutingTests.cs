using GeneGraph.Bolt;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

public sealed class ScriptedRoutingTests
{
    private static Dictionary<string, object?> Table(string writer, string router) => Map(("rt", Map(
        ("ttl", 300L),
        ("db", "neo4j"),
        ("servers", new List<object?>
        {
            Map(("addresses", new List<object?> { writer }), ("role", "WRITE")),
            Map(("addresses", new List<object?> { router }), ("role", "READ")),
            Map(("addresses", new List<object?> { router }), ("role", "ROUTE")),
        }))));

    private static async Task CommittedWriteAsync(ScriptConnection c)
    {
        await c.ExpectAsync("BEGIN");
        await c.ExpectAsync("RUN");
        await c.ExpectAsync("PULL");
        await c.SuccessAsync();
        await c.SuccessAsync(Map(("fields", new List<object?>())));
        await c.SuccessAsync(Map(("stats", Map(("nodes-created", 1L)))));
        await c.ExpectAsync("COMMIT");
        await c.SuccessAsync(Map(("bookmark", "bm")));
    }

    [Fact]
    public async Task Route_picks_the_writer_and_not_a_leader_refreshes_the_table_and_retries()
    {
        Dictionary<string, object?> RoutingContext(string address) => Map(("address", address));
        ScriptedBoltServer? router = null;
        var routerAddress = () => router!.Address;

        await using var oldLeader = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c, RoutingContext(routerAddress()));
            await c.ExpectAsync("BEGIN");
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.FailureAsync("Neo.ClientError.Cluster.NotALeader", "No write operations are allowed on this database.");
            await c.IgnoredAsync();
            await c.ExpectAsync("RESET");
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var newLeader = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c, RoutingContext(routerAddress()));
            await CommittedWriteAsync(c);
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        router = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c, RoutingContext(routerAddress()));
            var route = await c.ExpectAsync("ROUTE");
            Assert.Equal(RoutingContext(routerAddress()), route.Map(0));
            Assert.Equal(new List<object?>(), route.Fields[1]);
            Assert.Empty(route.Map(2));
            await c.SuccessAsync(Table(oldLeader.Address, routerAddress()));
            await c.ExpectAsync("ROUTE");
            await c.SuccessAsync(Table(newLeader.Address, routerAddress()));
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = router;

        await RunAsync(router, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{router.Address}", Auth, Options);

            var result = await driver.Session().ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);

            Assert.Equal(1L, result.Counters.NodesCreated);
            Assert.Equal(newLeader.Address, result.Summary.Server.Address.ToString());
        });
        await oldLeader.VerifyAsync();
        await newLeader.VerifyAsync();
    }

    [Fact]
    public async Task Bolt_4_3_route_names_the_database_as_a_string()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(4, 3);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(Map(("server", "Neo4j/4.3.0")));
            var route = await c.ExpectAsync("ROUTE");
            Assert.Equal("genes", route.Fields[2]);
            await c.SuccessAsync(Table(server!.Address, server.Address));
            Assert.Equal(Map(("db", "genes")), (await c.ExpectAsync("BEGIN")).Map(0));
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync();
            await c.ExpectAsync("COMMIT");
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            await driver.Session("genes").ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
        });
    }

    [Fact]
    public async Task Without_a_routing_procedure_the_given_address_serves_everything()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(1, 0);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(Map(("server", "Neo4j/3.1.1")));
            Assert.Equal("CALL dbms.cluster.routing.getServers()", (await c.ExpectAsync("RUN")).Fields[0]);
            await c.ExpectAsync("PULL");
            await c.FailureAsync("Neo.ClientError.Procedure.ProcedureNotFound", "There is no procedure with the name `dbms.cluster.routing.getServers` registered");
            await c.IgnoredAsync();
            await c.ExpectAsync("ACK_FAILURE");
            await c.SuccessAsync();
            Assert.Equal("RETURN 1", (await c.ExpectAsync("RUN")).Fields[0]);
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "1" })));
            await c.RecordAsync(1L);
            await c.SuccessAsync();
            await c.ExpectCloseAsync();
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            Assert.Equal(1L, (await driver.Session().RunAsync("RETURN 1", null, Ct)).Scalar());
        });
    }

    [Fact]
    public async Task Bolt_3_reads_the_routing_procedure_and_sends_reads_to_a_reader()
    {
        ScriptedBoltServer? router = null;
        await using var reader = new ScriptedBoltServer(async c =>
        {
            await HelloV3Async(c);
            Assert.Equal(Map(("mode", "r")), (await c.ExpectAsync("BEGIN")).Map(0));
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.SuccessAsync();
            await c.SuccessAsync(Map(("fields", new List<object?> { "n" })));
            await c.RecordAsync(12L);
            await c.SuccessAsync();
            await c.ExpectAsync("COMMIT");
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        router = new ScriptedBoltServer(async c =>
        {
            await HelloV3Async(c);
            var run = await c.ExpectAsync("RUN");
            Assert.Equal("CALL dbms.cluster.routing.getRoutingTable($context)", run.Fields[0]);
            Assert.Equal(Map(("address", router!.Address), ("region", "eu")), Params(run.Fields)["context"]);
            Assert.Equal(Map(("mode", "r")), run.Map(2));
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "ttl", "servers" })));
            await c.RecordAsync(300L, new List<object?>
            {
                Map(("addresses", new List<object?> { router.Address }), ("role", "WRITE")),
                Map(("addresses", new List<object?> { reader.Address }), ("role", "READ")),
                Map(("addresses", new List<object?> { router.Address }), ("role", "ROUTE")),
            });
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = router;

        await RunAsync(router, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{router.Address}?region=eu", Auth, Options);

            var result = await driver.Session().ExecuteReadAsync(tx => tx.RunAsync("MATCH (g:Gene) RETURN count(g) AS n", null, Ct), Ct);

            Assert.Equal(12L, result.Scalar());
            Assert.Equal(reader.Address, result.Summary.Server.Address.ToString());
        });
        await reader.VerifyAsync();
    }

    [Fact]
    public async Task Bolt_4_2_reads_the_routing_table_from_the_system_database()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(4, 2);
            var hello = await c.ExpectAsync("HELLO");
            Assert.Equal(Map(("address", server!.Address)), hello.Map(0)["routing"]);
            await c.SuccessAsync(Map(("server", "Neo4j/4.2.19")));
            var run = await c.ExpectAsync("RUN");
            Assert.Equal("CALL dbms.routing.getRoutingTable($context, $database)", run.Fields[0]);
            Assert.Equal("genes", Params(run.Fields)["database"]);
            Assert.Equal(Map(("mode", "r"), ("db", "system")), run.Map(2));
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "ttl", "servers" })));
            await c.RecordAsync(300L, new List<object?>
            {
                Map(("addresses", new List<object?> { server.Address }), ("role", "WRITE")),
                Map(("addresses", new List<object?> { server.Address }), ("role", "ROUTE")),
            });
            await c.SuccessAsync();
            var autoCommit = await c.ExpectAsync("RUN");
            Assert.Equal(Map(("db", "genes")), autoCommit.Map(2));
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            await driver.Session("genes").RunAsync("CREATE (:Gene)", null, Ct);
        });
    }
}
