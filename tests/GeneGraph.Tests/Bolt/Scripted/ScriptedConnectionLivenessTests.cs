using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using static GeneGraph.Tests.Bolt.Scripted.ScriptedTest;

namespace GeneGraph.Tests.Bolt.Scripted;

/// <summary>
/// A server that stalls or dies: the <c>connection.recv_timeout_seconds</c> hint of HELLO (Bolt 4.3+) bounds the wait
/// when the user set no read timeout, NOOPs keep a slow answer alive, and retries that run out name the first drop.
/// </summary>
public sealed class ScriptedConnectionLivenessTests
{
    /// <summary>No read timeout of the user's: only the server's hint can end a wait.</summary>
    private static BoltDriverOptions NoReadTimeout => Options with { ReadTimeout = null, MaxTransactionRetryTime = TimeSpan.Zero };

    /// <summary>A safety net for the tests that would otherwise hang forever if the hint were ignored; no test relies on it firing.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(120);

    private static async Task HelloWithHintAsync(ScriptConnection c, long seconds, int minor = 4)
    {
        await c.HandshakeAsync(4, minor);
        await c.ExpectAsync("HELLO");
        await c.SuccessAsync(Map(("server", "Neo4j/4.4.30"), ("hints", Map(("connection.recv_timeout_seconds", seconds)))));
    }

    [Fact]
    public async Task A_server_that_stalls_past_its_receive_timeout_hint_ends_the_wait()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloWithHintAsync(c, 1);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await c.ExpectCloseAsync(); // never answers; the client gives up and hangs up
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, NoReadTimeout);

            var error = await Assert.ThrowsAsync<ConnectionReadTimeoutException>(
                () => driver.Session().RunAsync("RETURN 1", null, Ct).WaitAsync(Hang, Ct));
            Assert.Equal(
                $"{server.Address} sent nothing for 1 s (the server's connection.recv_timeout_seconds hint) while waiting for the answer to RUN, PULL; " +
                "the connection was closed.", error.Message);
        });
    }

    [Fact]
    public async Task Noop_chunks_keep_an_answer_slower_than_the_hint_alive()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloWithHintAsync(c, 3);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            for (var i = 0; i < 16; i++) // 4 s of keep-alives, longer than the 3 s hint, one every 0.25 s
            {
                await Task.Delay(250, Ct);
                await c.NoopAsync();
            }

            await c.SuccessAsync(Map(("fields", new List<object?> { "x" })));
            await c.RecordAsync(7L);
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, NoReadTimeout);
            Assert.Equal(7L, (await driver.Session().RunAsync("RETURN 7 AS x", null, Ct)).Scalar());
        });
    }

    [Fact]
    public async Task A_read_timeout_the_user_set_wins_over_the_hint()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloWithHintAsync(c, 1);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await Task.Delay(3000, Ct); // silent for three times the hint; the user allows 60 s
            await c.SuccessAsync(Map(("fields", new List<object?> { "x" })));
            await c.RecordAsync(1L);
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options with { ReadTimeout = TimeSpan.FromSeconds(60) });
            Assert.Equal(1L, (await driver.Session().RunAsync("RETURN 1 AS x", null, Ct)).Scalar());
        });
    }

    [Fact]
    public async Task Before_bolt_4_3_a_hint_is_not_read()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloWithHintAsync(c, 1, minor: 2);
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            await Task.Delay(2500, Ct);
            await c.SuccessAsync(Map(("fields", new List<object?> { "x" })));
            await c.RecordAsync(1L);
            await c.SuccessAsync();
            await c.ExpectCloseAsync(goodbyeFirst: true);
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, NoReadTimeout);
            Assert.Equal(1L, (await driver.Session().RunAsync("RETURN 1 AS x", null, Ct)).Scalar());
        });
    }

    [Fact]
    public async Task Retries_that_run_out_name_the_drop_that_started_them_then_what_the_reconnects_met()
    {
        ScriptedBoltServer? server = null;
        server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            await c.ExpectAsync("BEGIN");
            await c.ExpectAsync("RUN");
            await c.ExpectAsync("PULL");
            server!.StopListening(); // the server dies: this connection drops, and every reconnect is refused
        });
        await using var _ = server;

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options with { MaxTransactionRetryTime = TimeSpan.FromSeconds(1) });

            var error = await Assert.ThrowsAsync<ServiceUnavailableException>(
                () => driver.Session().ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct));

            Assert.StartsWith(
                $"The connection to {server.Address} was lost while waiting for the answer to BEGIN, RUN, PULL: The server closed the connection. (then: Could not connect to {server.Address}: Connection refused on ",
                error.Message, StringComparison.Ordinal);
            Assert.Matches(@" on \d+ retr(y|ies)\)$", error.Message);
            Assert.StartsWith($"The connection to {server.Address} was lost", Assert.IsType<ServiceUnavailableException>(error.InnerException).Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Retries_that_meet_the_same_error_again_report_it_once()
    {
        var attempts = 0;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await HelloV44Async(c);
            while (true) // every attempt, on the same pooled connection, meets the same transient error
            {
                var message = await c.ReadMessageAsync();
                if (message.Name == "GOODBYE") break;
                Assert.Equal("BEGIN", message.Name);
                await c.ExpectAsync("RUN");
                await c.ExpectAsync("PULL");
                attempts++;
                await c.SuccessAsync();
                await c.FailureAsync("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request.");
                await c.IgnoredAsync();
                await c.ExpectAsync("RESET");
                await c.SuccessAsync();
            }

            await c.ExpectCloseAsync();
        });

        await RunAsync(server, async () =>
        {
            await using var driver = new BoltDriver(server.BoltUri, Auth, Options with { MaxTransactionRetryTime = TimeSpan.FromSeconds(0.5) });
            var error = await Assert.ThrowsAsync<TransientException>(
                () => driver.Session().ExecuteWriteAsync(tx => tx.RunAsync("CREATE (:Gene)", null, Ct), Ct));
            Assert.Equal("The database is not currently available to serve your request.", error.Message);
            Assert.Equal("Neo.TransientError.General.DatabaseUnavailable", error.Code);
        });
        Assert.True(attempts > 1, "the transaction was retried");
    }
}
