using GeneGraph.Bolt;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>
/// What official drivers do when routing and this client did not: ROUTE (and the 4.x routing procedure) carry the
/// session's bookmarks, and the home database a router names is pinned in the session's BEGIN and RUN.
/// </summary>
public sealed class ScriptedRoutingDetailsTests
{
    private static readonly List<object?> Bookmarks = ["FB:kcwQ-bm-1"];

    private static Dictionary<string, object?> Table(string address, string? database) => Map(("rt", Map(
        ("ttl", 300L),
        ("db", database),
        ("servers", new List<object?>
        {
            Map(("addresses", new List<object?> { address }), ("role", "WRITE")),
            Map(("addresses", new List<object?> { address }), ("role", "READ")),
            Map(("addresses", new List<object?> { address }), ("role", "ROUTE")),
        }))));

    private static async Task CommitAsync(ScriptConnection c, Dictionary<string, object?> expectedBegin, string bookmark)
    {
        Assert.Equal(expectedBegin, (await c.ExpectAsync("BEGIN")).Map(0));
        await c.ExpectAsync("RUN");
        await c.ExpectAsync("PULL");
        await c.SuccessAsync();
        await c.SuccessAsync(Map(("fields", new List<object?>())));
        await c.SuccessAsync();
        await c.ExpectAsync("COMMIT");
        await c.SuccessAsync(Map(("bookmark", bookmark)));
    }

    [Fact]
    public async Task Bolt_4_4_route_carries_the_session_bookmarks()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c, Map(("address", server!.Address)));
            var route = await c.ExpectAsync("ROUTE");
            Assert.Equal(Bookmarks, route.Fields[1]);
            Assert.Equal(Map(("db", "genes")), route.Map(2));
            await c.SuccessAsync(Table(server.Address, "genes"));
            await CommitAsync(c, Map(("bookmarks", Bookmarks), ("db", "genes")), "FB:kcwQ-bm-2");
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            var session = driver.Session("genes", bookmarks: Bookmarks.Cast<string>());
            await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
            Assert.Equal(["FB:kcwQ-bm-2"], session.LastBookmarks);
        });
    }

    [Fact]
    public async Task Bolt_4_3_route_carries_the_session_bookmarks()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(4, 3);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(Map(("server", "Neo4j/4.3.0")));
            var route = await c.ExpectAsync("ROUTE");
            Assert.Equal(Bookmarks, route.Fields[1]);
            Assert.Null(route.Fields[2]);
            await c.SuccessAsync(Table(server!.Address, null));
            await CommitAsync(c, Map(("bookmarks", Bookmarks)), "bm-2");
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            await driver.Session(bookmarks: Bookmarks.Cast<string>()).ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
        });
    }

    [Fact]
    public async Task Bolt_4_2_asks_the_routing_procedure_with_the_session_bookmarks()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(4, 2);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(Map(("server", "Neo4j/4.2.19")));
            var run = await c.ExpectAsync("RUN");
            Assert.Equal("CALL dbms.routing.getRoutingTable($context, $database)", run.Fields[0]);
            Assert.Equal(Map(("bookmarks", Bookmarks), ("mode", "r"), ("db", "system")), run.Map(2));
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?> { "ttl", "servers" })));
            await c.RecordAsync(300L, new List<object?>
            {
                Map(("addresses", new List<object?> { server!.Address }), ("role", "WRITE")),
                Map(("addresses", new List<object?> { server.Address }), ("role", "ROUTE")),
            });
            await c.SuccessAsync();
            await CommitAsync(c, Map(("bookmarks", Bookmarks), ("db", "genes")), "bm-2");
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            await driver.Session("genes", bookmarks: Bookmarks.Cast<string>()).ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
        });
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(5, 0)]
    public async Task The_home_database_the_router_names_is_pinned_in_every_begin_and_run_of_the_session(int major, int minor)
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(major, minor);
            await c.ExpectAsync("HELLO");
            await c.SuccessAsync(Map(("server", $"Neo4j/{major}.{minor}.0")));
            var route = await c.ExpectAsync("ROUTE");
            Assert.Empty(route.Map(2)); // no database asked for: the router answers with the user's home database
            await c.SuccessAsync(Table(server!.Address, "genes-home"));
            await CommitAsync(c, Map(("db", "genes-home")), "bm-1");
            // The same session's next transaction: the same database, no second ROUTE (the table is kept under its name).
            await CommitAsync(c, Map(("bookmarks", new List<object?> { "bm-1" }), ("db", "genes-home")), "bm-2");
            var autoCommit = await c.ExpectAsync("RUN");
            Assert.Equal(Map(("bookmarks", new List<object?> { "bm-2" }), ("db", "genes-home")), autoCommit.Map(2));
            await c.ExpectAsync("PULL");
            await c.SuccessAsync(Map(("fields", new List<object?>())));
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver($"neo4j://{server.Address}", Auth, Options);
            var session = driver.Session();
            Assert.Null(session.EffectiveDatabase);
            await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
            Assert.Equal("genes-home", session.EffectiveDatabase);
            await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
            await session.RunAsync("CREATE (:Gene)", null, Ct);
            Assert.Null(session.Database);
        });
    }

    [Fact]
    public async Task A_direct_bolt_session_names_no_database_it_was_not_given()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            await CommitAsync(c, Map(), "bm-1");
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options);
            var session = driver.Session();
            await session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct);
            Assert.Null(session.EffectiveDatabase);
        });
    }
}
