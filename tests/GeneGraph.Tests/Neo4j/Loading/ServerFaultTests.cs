using GeneGraph.Bolt;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>A server that goes away in the middle of a load: a clear error, and a re-run that converges.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class ServerFaultTests
{
    private sealed class StopAfter(long rows, Action stop) : IProgress<LoadProgress>
    {
        public bool Stopped { get; private set; }

        public void Report(LoadProgress value)
        {
            if (Stopped || value.RowsWritten < rows) return;
            Stopped = true;
            stop();
        }
    }

    [Fact]
    public async Task Stopping_the_server_mid_load_fails_clearly_and_a_rerun_gives_the_clean_graph()
    {
        PrivateNeo4jServer.SkipUnlessServersCanRun();
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        await using var server = new PrivateNeo4jServer();
        server.Start();
        var auth = AuthToken.Basic("neo4j", PrivateNeo4jServer.Password);
        var options = new LoadOptions { BatchSize = 20 };

        await using (var driver = new BoltDriver(server.Uri, auth, new BoltDriverOptions { MaxTransactionRetryTime = TimeSpan.FromSeconds(2) }))
        {
            var stopper = new StopAfter(300, server.Stop);
            var failure = await Assert.ThrowsAsync<LoadException>(() =>
                new Neo4jLoader(driver, options).LoadAsync(graph, stopper, TestContext.Current.CancellationToken));
            Assert.True(stopper.Stopped);
            Assert.Matches(@"batch \d+ of \d+ \(rows \d+-\d+\) failed and was rolled back", failure.Message);
            Assert.IsAssignableFrom<GeneGraph.Bolt.Errors.ServiceUnavailableException>(failure.InnerException);
        }

        server.Start();
        await using (var driver = new BoltDriver(server.Uri, auth))
        {
            var rerun = await new Neo4jLoader(driver, options).LoadAsync(graph, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(rerun.NodesCreated < graph.NodeCount, "the first run had written some batches before the stop");
            Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
        }
    }
}
