using GeneGraph.Bolt;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.Neo4j;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.Writers;

/// <summary>The exported Cypher script, run statement by statement on the real server, makes the graph genegraph load makes.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class CypherScriptTests(Neo4jServerFixture server)
{
    private static async Task RunAsync(BoltDriver driver, string statement)
    {
        await using var session = driver.Session();
        await session.RunAsync(statement, cancellationToken: TestContext.Current.CancellationToken);
    }

    private static List<string> Statements(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        CypherScriptWriter.Neo4j3.Write(graph, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray())
            .Split('\n')
            .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line.EndsWith(';') ? line[..^1] : throw new InvalidOperationException("a statement per line: " + line[..Math.Min(80, line.Length)]))
            .ToList();
    }

    [Fact]
    public async Task The_script_makes_exactly_the_loaded_graph_and_runs_twice_to_the_same_end()
    {
        var driver = server.RequireDriver();
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: TestContext.Current.CancellationToken);
        var loaded = await Neo4jSnapshot.ReadAsync(driver);

        await RunAsync(driver, "MATCH (n) DETACH DELETE n");
        var statements = Statements(graph);
        foreach (var statement in statements) await RunAsync(driver, statement);
        Assert.Equal(loaded, await Neo4jSnapshot.ReadAsync(driver));
        Assert.Equal(Neo4jSnapshot.Of(graph), loaded);

        foreach (var statement in statements) await RunAsync(driver, statement);
        Assert.Equal(loaded, await Neo4jSnapshot.ReadAsync(driver));
    }

    [Fact]
    public async Task Hostile_text_survives_the_script()
    {
        var driver = server.RequireDriver();
        const string hostile = "'; MATCH (n) DETACH DELETE n; // \\' \" \n\r\t 🧬 \u0001 `x` {y} $z";
        var graph = TestNotes.Build(("Genes/LIF.md", "### NCBI Gene Summary for LIF Gene\n[](https://www.ncbi.nlm.nih.gov/gene/3976)\n")).Graph;
        graph.FindNode(NodeLabel.Gene, "LIF")!.Properties.Set("ncbiSummary", hostile);
        await RunAsync(driver, "MATCH (n) DETACH DELETE n");

        foreach (var statement in Statements(graph)) await RunAsync(driver, statement);

        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
    }
}

/// <summary>The script as users run it: piped into the server distribution's own cypher-shell.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class CypherShellTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task Cypher_shell_runs_the_exported_script()
    {
        var driver = server.RequireDriver();
        var home = Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_HOME");
        if (string.IsNullOrEmpty(home) || !File.Exists(Path.Combine(home, "bin", "cypher-shell")))
            Assert.Skip("GENEGRAPH_NEO4J_HOME does not name a Neo4j distribution with bin/cypher-shell (tools/neo4j-test-server env sets it)");
        var graph = VaultGraph.Build(RepoPaths.ExampleVault()).Graph;
        var folder = Directory.CreateTempSubdirectory("genegraph-script-").FullName;
        var script = Path.Combine(folder, "graph.cypher");
        CypherScriptWriter.Neo4j3.Write(graph, new FileTarget(script));
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);

        var shell = await ChildProcess.RunAsync(
            "bash", [Path.Combine(home, "bin", "cypher-shell"), "-a", server.Uri!, "-u", server.User, "-p", server.Password, "--format", "plain"],
            input: await File.ReadAllTextAsync(script, TestContext.Current.CancellationToken));
        Assert.True(shell.ExitCode == 0, "cypher-shell failed: " + shell.Stderr);

        Directory.Delete(folder, recursive: true);
        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
    }
}
