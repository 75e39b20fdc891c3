using System.Text.RegularExpressions;
using GeneGraph.Bolt;
using GeneGraph.Pipeline;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.Bolt.Scripted;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>
/// Server faults met by <c>genegraph load</c> run as a user runs it: one line naming the cause, exit code 4, the
/// password in no output; after a crash of a real server, a re-run converges to the clean graph.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class LoadFaultTests
{
    private const string Secret = "Pw-robust2-never-printed-7f3a";

    private static readonly Dictionary<string, string?> NoPassword = new() { ["NEO4J_PASSWORD"] = null };

    private static Task<ChildProcess.Result> LoadAsync(string uri, params string[] more) =>
        GeneGraphProcess.RunWithEnvironmentAsync(NoPassword, ["load", RepoPaths.ExampleVault(), "--uri", uri, "--password", Secret, .. more]);

    /// <summary>Exit 4, exactly one error line (returned), and the password nowhere.</summary>
    private static string AssertFailed(ChildProcess.Result run)
    {
        Assert.Equal(4, run.ExitCode);
        Assert.DoesNotContain(Secret, run.Stdout + run.Stderr);
        Assert.Equal("", run.Stdout);
        return Assert.Single(run.Stderr.Split('\n'), line => line.StartsWith("genegraph: error:", StringComparison.Ordinal));
    }

    private static async Task HelloAsync(ScriptConnection c, Dictionary<string, object?>? hints = null)
    {
        await c.HandshakeAsync(4, 4);
        var hello = await c.ExpectAsync("HELLO");
        Assert.Equal(Secret, hello.Map(0)["credentials"]);
        var success = ScriptedTest.Map(("server", "Neo4j/4.4.30"), ("connection_id", "bolt-1"));
        if (hints is not null) success["hints"] = hints;
        await c.SuccessAsync(success);
    }

    /// <summary>
    /// A Bolt 4.4 server that answers each transaction's RUN+PULL with <paramref name="answer"/> (given the RUN's
    /// number over all connections); false from it ends the connection. Ends quietly when the client hangs up.
    /// </summary>
    private static Func<ScriptConnection, Task> Server(
        Func<int, ScriptConnection, Task<bool>> answer, Counter runs, Dictionary<string, object?>? hints = null) => async c =>
    {
        try
        {
            await HelloAsync(c, hints);
            while (true)
            {
                var message = await c.ReadMessageAsync();
                switch (message.Name)
                {
                    case "BEGIN":
                        await c.ExpectAsync("RUN");
                        await c.ExpectAsync("PULL");
                        await c.SuccessAsync();
                        if (!await answer(runs.Next(), c)) return;
                        break;
                    case "COMMIT" or "ROLLBACK" or "RESET":
                        await c.SuccessAsync();
                        break;
                    case "GOODBYE":
                        return;
                    default:
                        Assert.Fail($"unexpected {message.Name}");
                        break;
                }
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException)
        {
            // the client closed the connection
        }
    };

    private sealed class Counter
    {
        private int _value;

        public int Next() => Interlocked.Increment(ref _value) - 1;
    }

    private static async Task<bool> SucceedAsync(ScriptConnection c)
    {
        await c.SuccessAsync(ScriptedTest.Map(("fields", new List<object?>())));
        await c.SuccessAsync(ScriptedTest.Map(("stats", ScriptedTest.Map())));
        return true;
    }

    private static async Task<bool> DatabaseUnavailableAsync(ScriptConnection c)
    {
        await c.FailureAsync("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request.");
        await c.IgnoredAsync();
        return true;
    }

    private static Func<ScriptConnection, Task>[] Copies(Func<ScriptConnection, Task> script, int count) =>
        Enumerable.Repeat(script, count).ToArray();

    [Fact]
    public async Task A_database_unavailable_forever_exhausts_the_retries_and_names_the_code()
    {
        await using var fake = new ScriptedBoltServer(Copies(Server((_, c) => DatabaseUnavailableAsync(c), new Counter()), 4));

        var error = AssertFailed(await LoadAsync(fake.BoltUri, "--timeout", "2"));

        Assert.Contains("reading the graph's record failed and was rolled back: The database is not currently available to serve your request. (Neo.TransientError.General.DatabaseUnavailable)", error);
    }

    [Fact]
    public async Task A_transient_database_unavailable_then_success_loads()
    {
        await using var fake = new ScriptedBoltServer(Copies(Server((n, c) => n == 0 ? DatabaseUnavailableAsync(c) : SucceedAsync(c), new Counter()), 3));

        var run = await LoadAsync(fake.BoltUri, "--timeout", "30");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("server:                Neo4j/4.4.30", run.Stdout);
        Assert.DoesNotContain(Secret, run.Stdout + run.Stderr);
        Assert.DoesNotContain("genegraph: error:", run.Stderr);
    }

    [Fact]
    public async Task A_connection_reset_mid_chunk_is_one_line_naming_it()
    {
        var script = Server(async (_, c) =>
        {
            await c.SuccessAsync(ScriptedTest.Map(("fields", new List<object?>())));
            await c.SendRawAsync([0x00, 0x20, 0xB1, 0x70, 0xA0]); // a 32-byte chunk announced, 3 bytes sent, then the connection drops
            return false;
        }, new Counter());
        await using var fake = new ScriptedBoltServer(Copies(script, 8));

        var error = AssertFailed(await LoadAsync(fake.BoltUri, "--timeout", "2"));

        Assert.Contains("failed and was rolled back:", error, StringComparison.Ordinal);
        Assert.Contains("middle of a message", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_is_one_line_naming_the_read_timeout()
    {
        var script = Server(async (_, c) =>
        {
            while (true) // answers nothing; reads until the client gives up and hangs up
            {
                await c.ReadMessageAsync();
            }
        }, new Counter());
        await using var fake = new ScriptedBoltServer(Copies(script, 4));

        var error = AssertFailed(await LoadAsync(fake.BoltUri, "--timeout", "3"));

        Assert.Contains($"{fake.Address} sent nothing for 3 s (read timeout)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("soon")]
    public async Task A_timeout_that_is_not_a_positive_number_is_a_usage_error(string value)
    {
        var run = await LoadAsync("bolt://127.0.0.1:1", "--timeout", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--timeout", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    public async Task A_batch_size_that_is_not_a_positive_integer_is_a_usage_error(string value)
    {
        var run = await LoadAsync("bolt://127.0.0.1:1", "--batch-size", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--batch-size", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tls_against_a_plain_bolt_port_is_one_line_naming_tls()
    {
        await using var fake = new ScriptedBoltServer(async c =>
        {
            // A plain Bolt server reads the magic and versions first; a TLS ClientHello (0x16 0x03 …) is not them, so it hangs up.
            Assert.NotNull(await Record.ExceptionAsync(c.HandshakeBytesAsync));
        });

        var error = AssertFailed(await LoadAsync($"bolt+s://{fake.Address}", "--timeout", "10"));

        Assert.Contains($"TLS with {fake.Address} failed: the server closed the connection during the TLS handshake", error, StringComparison.Ordinal);
        await fake.VerifyAsync();
    }

    [Fact]
    public async Task A_server_killed_mid_load_fails_clearly_and_a_re_run_gives_the_clean_graph()
    {
        PrivateNeo4jServer.SkipUnlessServersCanRun();
        var vault = RepoPaths.ThesisVault();
        var graph = VaultGraph.Build(vault).Graph;
        await using var server = new PrivateNeo4jServer();
        server.Start();
        var environment = new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = PrivateNeo4jServer.Password };
        var auth = AuthToken.Basic("neo4j", PrivateNeo4jServer.Password);

        var load = GeneGraphProcess.RunWithEnvironmentAsync(environment,
            "load", vault, "--uri", server.Uri, "--batch-size", "1", "--timeout", "10");
        await using (var watcher = new BoltDriver(server.Uri, auth))
        {
            // kill -9 once the load has written some nodes (safety net: the load must not finish first)
            while (true)
            {
                Assert.False(load.IsCompleted, "the load finished before the server could be killed");
                await using var session = watcher.Session();
                var count = (long)(await session.RunAsync("MATCH (n) RETURN count(n) AS c", cancellationToken: TestContext.Current.CancellationToken)).Scalar()!;
                if (count >= 20) break;
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }
        server.Kill();

        var killed = await load.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.Equal(4, killed.ExitCode);
        Assert.DoesNotContain(PrivateNeo4jServer.Password, killed.Stdout + killed.Stderr);
        var error = Assert.Single(killed.Stderr.Split('\n'), line => line.StartsWith("genegraph: error:", StringComparison.Ordinal));
        Assert.Matches(@"batch \d+ of \d+ \(rows \d+-\d+\) failed and was rolled back: .+ Loading again completes the load\.$", error);
        // The cause is the drop itself when a request was in flight (then what the reconnects met); a drop seen only
        // by the pool, between two batches, is the refused reconnect.
        var address = $"127.0.0.1:{server.BoltPort}";
        Assert.Matches(
            $@"rolled back: (The connection to {Regex.Escape(address)} was lost while .+ \(then: .*Could not connect to {Regex.Escape(address)}: Connection refused on \d+ retr(y|ies)\)" +
            $@"|Could not connect to {Regex.Escape(address)}: Connection refused) Loading again",
            error);

        server.Start();
        var rerun = GeneGraphProcess.RunWithEnvironment(environment, "load", vault, "--uri", server.Uri);
        Assert.Equal(0, rerun.ExitCode);
        Assert.DoesNotContain(PrivateNeo4jServer.Password, rerun.Stdout + rerun.Stderr);
        await using var driver = new BoltDriver(server.Uri, auth);
        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
    }

    private static Func<int, ScriptConnection, Task<bool>> FailWith(string code, string message) => async (_, c) =>
    {
        await c.FailureAsync(code, message);
        await c.IgnoredAsync();
        return true;
    };

    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", "Invalid input 'X'")]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'genes'.")]
    [InlineData("Neo.TransientError.Transaction.Terminated", "The transaction has been terminated.")]
    [InlineData("Neo.ClientError.Transaction.Terminated", "The transaction has been terminated.")]
    [InlineData("Neo.ClientError.Security.Forbidden", "Write operations are not allowed for user 'reader'.")]
    [InlineData("Neo.DatabaseError.General.UnknownError", "java.lang.OutOfMemoryError")]
    public async Task A_failure_that_a_reload_meets_again_does_not_promise_that_loading_again_completes_the_load(string code, string message)
    {
        await using var fake = new ScriptedBoltServer(Copies(Server(FailWith(code, message), new Counter()), 4));

        var error = AssertFailed(await LoadAsync(fake.BoltUri, "--timeout", "2"));

        Assert.EndsWith($" failed and was rolled back: {message} ({code})", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loading again", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", "The database is not currently available to serve your request.")]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[1] can't acquire ExclusiveLock")]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOut", "The transaction has not completed within the specified timeout.")]
    public async Task A_failure_that_passes_says_that_loading_again_completes_the_load(string code, string message)
    {
        await using var fake = new ScriptedBoltServer(Copies(Server(FailWith(code, message), new Counter()), 4));

        var error = AssertFailed(await LoadAsync(fake.BoltUri, "--timeout", "2"));

        Assert.EndsWith($" failed and was rolled back: {message} ({code}) Loading again completes the load.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_stalls_is_left_after_its_receive_timeout_hint_without_a_timeout_option_and_the_retry_loads()
    {
        // The first answer never comes; the server promised a chunk every second (HELLO's hint), so the client gives
        // up on that connection after 1 s and the retry, on a new connection, loads. Without the hint it would wait forever.
        var hint = ScriptedTest.Map(("connection.recv_timeout_seconds", 1L));
        var script = Server(async (n, c) =>
        {
            if (n > 0) return await SucceedAsync(c);
            try
            {
                while (true) await c.ReadMessageAsync(); // silent until the client hangs up
            }
            catch (Exception e) when (e is EndOfStreamException or IOException)
            {
                return false;
            }
        }, new Counter(), hint);
        await using var fake = new ScriptedBoltServer(Copies(script, 4));

        var run = await LoadAsync(fake.BoltUri).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("server:                Neo4j/4.4.30", run.Stdout);
        Assert.DoesNotContain("genegraph: error:", run.Stderr);
    }
}
