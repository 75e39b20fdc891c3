using GeneGraph.Bolt;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

[Collection(Neo4jServerCollection.Name)]
public sealed class LoaderTests(Neo4jServerFixture server)
{
    private static async Task WipeAsync(BoltDriver driver)
    {
        await using var session = driver.Session();
        await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public async Task The_thesis_vault_loads_exactly_and_a_second_load_changes_nothing(int concurrency)
    {
        var driver = server.RequireDriver();
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        await WipeAsync(driver);

        var options = new LoadOptions { BatchSize = 100, Concurrency = concurrency };
        var first = await new Neo4jLoader(driver, options).LoadAsync(graph, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(graph.NodeCount, first.NodesCreated);
        Assert.Equal(graph.EdgeCount, first.RelationshipsCreated);
        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));

        var second = await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0, second.NodesCreated);
        Assert.Equal(0, second.RelationshipsCreated);
        Assert.Equal(0, second.ConstraintsAdded);
        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
    }

    [Fact]
    public async Task Counts_per_label_and_type_in_Neo4j_equal_the_graphs()
    {
        var driver = server.RequireDriver();
        var graph = VaultGraph.Build(RepoPaths.ExampleVault()).Graph;
        await WipeAsync(driver);
        await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: TestContext.Current.CancellationToken);

        await using var session = driver.Session();
        foreach (var (label, count) in graph.CountNodesByLabel())
        {
            // the label comes from the fixed enum, never from data
            var result = await session.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal((long)count, result.Scalar());
        }
        foreach (var (type, count) in graph.CountEdgesByType())
        {
            var result = await session.RunAsync($"MATCH ()-[r:{type.Name()}]->() RETURN count(r) AS c", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal((long)count, result.Scalar());
        }
    }

    [Fact]
    public async Task Hostile_strings_round_trip_byte_for_byte()
    {
        var driver = server.RequireDriver();
        const string nasty = "β-catenin \"quoted\" 'single' <tag> & ampersand\nnew line\r\n\ttab 🧬 Zürich `backtick` $param {brace} ' OR 1=1 //";
        var note = $"""
            # Plots
            ## {nasty.Replace("\n", " ").Replace("\r", " ")}
            ![[X0.5_ENSG00000128342_chr22.1.2.png]]
            ### NCBI Gene Summary for LIF Gene
            [](https://www.ncbi.nlm.nih.gov/gene/3976)
            - {nasty.Replace("\n", " ").Replace("\r", " ")} {new string('x', 100_000)}
            """;
        var graph = TestNotes.Build(("Genes/LIF \"quoted\" 🧬.md", note)).Graph;
        graph.FindNode(NodeLabel.Gene, "LIF")!.Properties.Set("fullName", nasty);
        await WipeAsync(driver);

        await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
        await using var session = driver.Session();
        var fullName = await session.RunAsync("MATCH (g:Gene {id: $id}) RETURN g.fullName", new Dictionary<string, object?> { ["id"] = "LIF" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(nasty, fullName.Scalar());
    }
}
