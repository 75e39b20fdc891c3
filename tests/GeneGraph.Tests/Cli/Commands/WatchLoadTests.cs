using GeneGraph.Bolt;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.Neo4j;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph watch --uri</c> against the real Neo4j 3.1.1 server: after each update the database is compared with a fresh load.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class WatchLoadTests(Neo4jServerFixture server)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    private static async Task<bool> EqualsFreshLoad(BoltDriver driver, string vault) =>
        Neo4jSnapshot.Of(VaultGraph.Build(vault).Graph).SequenceEqual(await Neo4jSnapshot.ReadAsync(driver));

    /// <summary>Edits that grow the graph: a plot added by an Obsidian save, a new note.</summary>
    private static void Edit(TempVault vault)
    {
        var note = Path.Combine(vault.Root, "Genes", "LIF.md");
        var temp = Path.Combine(vault.Root, "Genes", ".LIF.md.tmp");
        File.WriteAllText(temp, File.ReadAllText(note) + "\n# Plots\n## mPAP\n![[X-0.77_ENSG00000128342_chr22.1.2.png]]\n");
        File.Move(temp, note, overwrite: true);
        vault.Write("Genes/NEWG1.md", "# Plots\n## sPAP\n![[X0.31_ENSG00000168000_chr3.1.2.png]]\n");
    }

    [Fact]
    public async Task Watch_keeps_the_database_equal_to_a_fresh_load_of_the_vault()
    {
        var driver = server.RequireDriver();
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        await using var watch = GeneGraphProcess.Start(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = server.Password },
            "watch", vault.Root, "--uri", server.Uri!, "--user", server.User, "--debounce", "300");
        Assert.Contains($"{server.Uri}: loaded", await watch.NextLineAsync(Long));
        Assert.True(await EqualsFreshLoad(driver, vault.Root), watch.Transcript);

        Edit(vault);
        await watch.WaitForAsync(async line => line.Contains(": loaded", StringComparison.Ordinal) && await EqualsFreshLoad(driver, vault.Root), Long);

        watch.Interrupt();
        Assert.Equal(0, await watch.WaitForExitAsync(Long));
        Assert.DoesNotContain(server.Password, watch.Transcript);
    }

    [Fact]
    public async Task Watch_loads_under_the_graph_it_is_given_and_prunes_what_a_deleted_note_yielded()
    {
        var driver = server.RequireDriver();
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        await using var watch = GeneGraphProcess.Start(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = server.Password },
            "watch", vault.Root, "--uri", server.Uri!, "--user", server.User, "--graph", "watched", "--debounce", "300");
        Assert.Contains($"{server.Uri}: loaded", await watch.NextLineAsync(Long));
        Assert.True(await EqualsFreshLoad(driver, vault.Root), watch.Transcript);

        File.Delete(Path.Combine(vault.Root, "Genes", "LIF.md"));
        await watch.WaitForAsync(async line => line.Contains(": loaded", StringComparison.Ordinal) && await EqualsFreshLoad(driver, vault.Root), Long);

        await using (var session = driver.Session())
        {
            var marks = await session.RunAsync(
                $"MATCH (n:Gene) RETURN count(n) AS genes, sum(CASE WHEN $graph IN n.{SyncMarks.Graphs.Name} THEN 1 ELSE 0 END) AS marked",
                new Dictionary<string, object?> { ["graph"] = "watched" }, TestContext.Current.CancellationToken);
            Assert.True((long)marks.Records[0]["genes"]! > 0);
            Assert.Equal(marks.Records[0]["genes"], marks.Records[0]["marked"]);
        }
        watch.Interrupt();
        Assert.Equal(0, await watch.WaitForExitAsync(Long));
    }

    [Fact]
    public async Task A_server_restart_while_watching_is_retried_until_the_database_catches_up()
    {
        PrivateNeo4jServer.SkipUnlessServersCanRun();
        await using var neo4j = new PrivateNeo4jServer();
        neo4j.Start();
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        await using var watch = GeneGraphProcess.Start(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = PrivateNeo4jServer.Password },
            "watch", vault.Root, "--uri", neo4j.Uri, "--debounce", "300", "--timeout", "10");
        Assert.Contains($"{neo4j.Uri}: loaded", await watch.NextLineAsync(Long));

        neo4j.Stop();
        Edit(vault);
        await watch.WaitForAsync(line => line.Contains("retrying in", StringComparison.Ordinal), Long);
        neo4j.Start();

        await using var driver = new BoltDriver(neo4j.Uri, AuthToken.Basic("neo4j", PrivateNeo4jServer.Password));
        await watch.WaitForAsync(async line => line.Contains($"{neo4j.Uri}: loaded", StringComparison.Ordinal) && await EqualsFreshLoad(driver, vault.Root), Long);
        watch.Interrupt();
        Assert.Equal(0, await watch.WaitForExitAsync(Long));
    }

    [Fact]
    public async Task A_wrong_password_ends_the_watch_with_exit_4_without_printing_the_password()
    {
        server.RequireDriver();
        const string secret = "not-the-password-0815";
        using var output = new TempVault();
        var run = await GeneGraphProcess.RunWithEnvironmentAsync(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = null },
            "watch", RepoPaths.ExampleVault(), "--uri", server.Uri!, "--user", server.User, "--password", secret, "-o", Path.Combine(output.Root, "g.json"));

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("genegraph: error: the server refused the user name or password", run.Stderr);
        Assert.DoesNotContain(secret, run.Stdout + run.Stderr);
        Assert.True(File.Exists(Path.Combine(output.Root, "g.json")), "the export target was still written");
    }
}
