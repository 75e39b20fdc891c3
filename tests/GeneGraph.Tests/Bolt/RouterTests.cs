using System.Reflection;
using GeneGraph.Bolt;
using GeneGraph.Tests.Bolt.Scripted;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt;

public sealed class RouterTests
{
    private static readonly BoltAddress WriterA = BoltAddress.Parse("10.0.0.1:7687");
    private static readonly BoltAddress WriterB = BoltAddress.Parse("10.0.0.2:7687");

    private static Dictionary<string, object?> Table(BoltAddress writer) => Map(("rt", Map(
        ("ttl", 300L),
        ("servers", new List<object?>
        {
            Map(("addresses", new List<object?> { writer.ToString() }), ("role", "WRITE")),
            Map(("addresses", new List<object?> { writer.ToString() }), ("role", "READ")),
        }))));

    /// <summary>
    /// The race of <c>--concurrency</c> &gt; 1 on a neo4j:// URI, made deterministic: <see cref="Router.Forget"/> is
    /// stopped in the middle of walking the tables (this test holds the lock of the first table it visits), then
    /// another task publishes the table of a second database, then Forget goes on. Publishing must not disturb
    /// Forget's walk (it used to: "Collection was modified"), and Forget must still reach the table it was on.
    /// </summary>
    [Fact]
    public async Task Forget_while_another_database_table_is_published_neither_throws_nor_loses_the_forget()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c, Map(("address", server!.Address)));
            Assert.Equal(Map(("db", "a")), (await c.ExpectAsync("ROUTE")).Map(2));
            await c.SuccessAsync(Table(WriterA));
            Assert.Equal(Map(("db", "b")), (await c.ExpectAsync("ROUTE")).Map(2));
            await c.SuccessAsync(Table(WriterB));
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            var seed = BoltAddress.Parse(server.Address);
            var context = Router.ContextFor(BoltUri.Parse($"neo4j://{server.Address}"));
            await using var pool = new ConnectionPool(BoltEncryption.None, Auth, Options, context);
            var router = new Router(seed, context, pool);
            Assert.Equal(WriterA, (await router.PickAsync(AccessMode.Write, "a", [], Ct)).Address);
            var tableA = TablesOf(router)["a"];

            using var holding = new ManualResetEventSlim();
            using var release = new ManualResetEventSlim();
            var holder = new Thread(() =>
            {
                lock (LockOf(tableA))
                {
                    holding.Set();
                    release.Wait();
                }
            });
            holder.Start();
            holding.Wait(Ct);

            Exception? forgetFailure = null;
            var forgetter = new Thread(() =>
            {
                try
                {
                    router.Forget(WriterA, asWriterOnly: true);
                }
                catch (Exception e)
                {
                    forgetFailure = e;
                }
            });
            forgetter.Start();
            // Blocked on table a's lock, i.e. in the middle of walking the tables (the timeout is a safety net only).
            Assert.True(SpinWait.SpinUntil(() => (forgetter.ThreadState & ThreadState.WaitSleepJoin) != 0, TimeSpan.FromSeconds(30)));

            var pickedB = (await router.PickAsync(AccessMode.Write, "b", [], Ct)).Address;
            release.Set();
            holder.Join();
            forgetter.Join();

            Assert.Null(forgetFailure);
            Assert.Equal(WriterB, pickedB);
            Assert.Empty(tableA.Writers);
            Assert.Equal(new[] { WriterA }, tableA.Readers);
        });
    }

    private static Dictionary<string, RoutingTable> TablesOf(Router router) =>
        (Dictionary<string, RoutingTable>)typeof(Router).GetField("_tables", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(router)!;

    private static object LockOf(RoutingTable table) =>
        typeof(RoutingTable).GetField("_writers", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(table)!;
}
