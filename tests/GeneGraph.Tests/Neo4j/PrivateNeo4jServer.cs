
namespace GeneGraph.Tests.Neo4j;

/// <summary>
/// A Neo4j test server of a test's own (its own instance folder and loopback ports), for tests that stop and
/// restart the server and so must not share it. Started with the project's tools/neo4j-test-server script.
/// </summary>
internal sealed class PrivateNeo4jServer : IAsyncDisposable
{
    private readonly string _instance = Directory.CreateTempSubdirectory("genegraph-private-neo4j-").FullName;

    public PrivateNeo4jServer(int boltPort, int httpPort)
    {
        BoltPort = boltPort;
        HttpPort = httpPort;
    }

    public int BoltPort { get; }

    public int HttpPort { get; }

    public string Uri => $"bolt://127.0.0.1:{BoltPort}";

    public const string Password = "private-password";

    /// <summary>Skips the test when the shared test server is not running either: then Java or npm is missing here.</summary>
    public static void SkipUnlessServersCanRun()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_URI")))
            Assert.Skip("No Neo4j test server runs (GENEGRAPH_NEO4J_URI unset), so a private one cannot either; run scripts/test.sh.");
    }

    public void Start() => Run("start");

    public void Stop() => Run("stop");

    private void Run(string command)
    {
        var script = Path.Combine(SharedFolder.RepoRoot(), "tools", "neo4j-test-server", "neo4j-test-server.sh");
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        var result = ChildProcess.Run("bash", [script, command], new Dictionary<string, string?>
        {
            ["NEO4J_INSTANCE"] = _instance,
            ["NEO4J_BOLT_PORT"] = BoltPort.ToString(culture),
            ["NEO4J_HTTP_PORT"] = HttpPort.ToString(culture),
            ["NEO4J_HTTPS_PORT"] = "0",
            ["NEO4J_PASSWORD"] = Password,
            ["NEO4J_HEAP"] = "512m",
            ["NEO4J_PAGECACHE"] = "256m",
        });
        Assert.True(result.ExitCode == 0, $"neo4j-test-server.sh {command} failed:\n{result.Stderr}");
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Stop();
        }
        finally
        {
            Directory.Delete(_instance, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
