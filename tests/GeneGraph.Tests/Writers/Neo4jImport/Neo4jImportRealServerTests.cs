using System.Globalization;
using System.Text.Json;
using GeneGraph.Bolt;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.Neo4j;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Tests.Writers.Neo4jImport;

/// <summary>
/// The bundle imported for real: its own import.sh runs Neo4j 3.1.1's bin/neo4j-import into the empty store of a
/// private server, the server starts on that store, and every node, relationship and property (with its type)
/// must be what the graph holds.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class Neo4jImportRealServerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-bundle-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<BoltDriver> ImportAndStartAsync(PrivateNeo4jServer server, KnowledgeGraph graph)
    {
        var bundle = Path.Combine(_folder, "bundle");
        new Neo4jImportBundleWriter().Write(graph, bundle);
        var import = Neo4jImportBundleTests.Bash(Path.Combine(bundle, Neo4jImportFormat.ScriptFileName), new Dictionary<string, string?>
        {
            ["NEO4J_HOME"] = server.Distribution(),
            ["NEO4J_STORE_DIR"] = server.StoreDirectory,
            ["JAVA_OPTS"] = PrivateNeo4jServer.Jdk17JavaOptions + " -Xmx512m",
        });
        Assert.True(import.ExitCode == 0, $"import.sh failed ({import.ExitCode}):\n{import.Stderr}\n{import.Stdout}");
        Assert.Contains("import.sh: Neo4j 3.1.1", import.Stderr);
        Assert.Contains("neo4j-import --into", import.Stderr);
        Assert.Contains("IMPORT DONE", import.Stdout);
        Assert.True(File.Exists(Path.Combine(server.StoreDirectory, "neostore")), "the import wrote no store");

        server.Start();
        var driver = new BoltDriver(server.Uri, AuthToken.Basic("neo4j", PrivateNeo4jServer.Password),
            new BoltDriverOptions { ReadTimeout = TimeSpan.FromMinutes(2) });
        await using var session = driver.Session();
        await session.RunAsync("RETURN 1", cancellationToken: TestContext.Current.CancellationToken);
        return driver;
    }

    [Fact]
    public async Task The_thesis_vault_bundle_imports_with_Neo4j_import_exactly()
    {
        PrivateNeo4jServer.SkipUnlessServersCanRun();
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        await using var server = new PrivateNeo4jServer();
        await using var driver = await ImportAndStartAsync(server, graph);

        Assert.Equal(Neo4jSnapshot.Of(graph), await Neo4jSnapshot.ReadAsync(driver));
        Assert.Equal(TypedLines(graph), await ReadTypedLinesAsync(driver));

        using var json = new MemoryStream();
        new JsonGraphWriter().Write(graph, json);
        using var document = JsonDocument.Parse(json.ToArray());
        await using var session = driver.Session();
        var nodes = await session.RunAsync("MATCH (n) RETURN count(n)", cancellationToken: TestContext.Current.CancellationToken);
        var edges = await session.RunAsync("MATCH ()-[r]->() RETURN count(r)", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((long)document.RootElement.GetProperty("nodes").GetArrayLength(), nodes.Scalar());
        Assert.Equal((long)document.RootElement.GetProperty("edges").GetArrayLength(), edges.Scalar());
        Assert.True(graph.NodeCount > 100 && graph.EdgeCount > 100, $"the thesis vault is small: {graph.NodeCount} nodes, {graph.EdgeCount} edges");
    }

    [Fact]
    public async Task Hostile_strings_survive_the_import_byte_for_byte()
    {
        PrivateNeo4jServer.SkipUnlessServersCanRun();
        var graph = Neo4jImportBundleTests.NastyGraph();
        await using var server = new PrivateNeo4jServer();
        await using var driver = await ImportAndStartAsync(server, graph);

        // (not Neo4jSnapshot here: it keeps lone surrogates, which no UTF-8 file or Bolt message can carry)
        Assert.Equal(TypedLines(graph), await ReadTypedLinesAsync(driver));
        await using var session = driver.Session();
        var lif = await session.RunAsync("MATCH (g:Gene {id: 'LIF'}) RETURN g.fullName, g.windowsPath, g.uniProtSummary, g.aliases",
            cancellationToken: TestContext.Current.CancellationToken);
        var values = lif.Records.Single().Values;
        Assert.Equal([Neo4jImportBundleTests.QuoteAfterBackslash, Neo4jImportBundleTests.Backslashes, ""], values.Take(3));
        Assert.Equal(7, ((IReadOnlyList<object?>)values[3]!).Count);
    }

    /// <summary>One line per node and relationship with every property as <c>name: type value</c>, lone surrogates as U+FFFD.</summary>
    private static List<string> TypedLines(KnowledgeGraph graph)
    {
        var lines = new List<string>();
        foreach (var node in graph.Nodes)
        {
            var props = node.Properties.ToDictionary(p => p.Key, p => (object?)p.Value);
            props["id"] = node.Key;
            props["sources"] = node.Sources.Select(s => s.ToString()).ToList();
            lines.Add($"{node.Label} {Show(node.Key)} {Props(props)}");
        }
        foreach (var edge in graph.Edges)
        {
            var props = edge.Properties.ToDictionary(p => p.Key, p => (object?)p.Value);
            props["sources"] = edge.Sources.Select(s => s.ToString()).ToList();
            lines.Add($"{edge.Source.Label}:{Show(edge.Source.Key)} -{edge.Type.Name()}-> {edge.Target.Label}:{Show(edge.Target.Key)} {Props(props)}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> ReadTypedLinesAsync(BoltDriver driver)
    {
        await using var session = driver.Session();
        var nodes = await session.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
            cancellationToken: TestContext.Current.CancellationToken);
        var relationships = await session.RunAsync(
            "MATCH (a)-[r]->(b) RETURN labels(a) AS fromLabels, a.id AS fromId, type(r) AS type, labels(b) AS toLabels, b.id AS toId, properties(r) AS props",
            cancellationToken: TestContext.Current.CancellationToken);
        var lines = new List<string>();
        foreach (var record in nodes.Records)
        {
            var props = (IReadOnlyDictionary<string, object?>)record["props"]!;
            lines.Add($"{OneLabel(record["labels"])} {Show(props["id"])} {Props(props)}");
        }
        foreach (var r in relationships.Records)
            lines.Add($"{OneLabel(r["fromLabels"])}:{Show(r["fromId"])} -{r["type"]}-> {OneLabel(r["toLabels"])}:{Show(r["toId"])} " +
                      Props((IReadOnlyDictionary<string, object?>)r["props"]!));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string OneLabel(object? labels) => Assert.Single((IReadOnlyList<object?>)labels!)!.ToString()!;

    private static string Props(IReadOnlyDictionary<string, object?> props) =>
        "{" + string.Join(", ", props.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {Show(p.Value)}")) + "}";

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "string " + JsonSerializer.Serialize(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s))),
        long l => "long " + l.ToString(CultureInfo.InvariantCulture),
        int i => "int " + i.ToString(CultureInfo.InvariantCulture),
        double d => "double " + ValueText.Double(d),
        bool b => "boolean " + ValueText.Bool(b),
        System.Collections.IEnumerable list => "list [" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        _ => value.GetType().Name + " " + value,
    };
}
