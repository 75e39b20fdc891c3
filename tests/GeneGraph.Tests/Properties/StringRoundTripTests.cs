using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using GeneGraph.Bolt.Structures;
using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Tests.Writers;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Properties;

/// <summary>
/// Any string property survives byte-identical through JSON, GraphML (read back by networkx), the Cypher
/// literal writer (evaluated by a real Neo4j) and a load into Neo4j. Strings for GraphML leave out the code
/// units XML 1.0 cannot carry (docs/graphml-format.md: those become U+FFFD); lone surrogates are left out
/// everywhere (every writer documents replacing them).
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class StringRoundTripTests(Neo4jServerFixture server)
{
    /// <summary>The LIF graph with the strings as Gene properties <c>s0</c>, <c>s1</c>, ….</summary>
    private static KnowledgeGraph GraphWith(IReadOnlyList<string> values)
    {
        var graph = TestNotes.Build(("Genes/LIF.md", LifNote.Text)).Graph;
        var gene = graph.FindNode(NodeLabel.Gene, "LIF")!;
        for (var i = 0; i < values.Count; i++) gene.Properties.Set($"s{i}", values[i]);
        return graph;
    }

    private static string[] Batch(bool xmlSafe, int count) =>
        Generators.NoteString(xmlSafe).Sample(80, count).ToArray();

    [Fact]
    public void Json_round_trips_any_string() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Arb.From(Generators.NoteString(xmlSafe: false)), (string value) =>
        {
            using var stream = new MemoryStream();
            new JsonGraphWriter().Write(GraphWith([value]), stream);
            using var json = JsonDocument.Parse(stream.ToArray());
            var gene = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "Gene:LIF");
            Assert.Equal(value, gene.GetProperty("properties").GetProperty("s0").GetString());
        }));

    [Fact]
    public void GraphML_read_by_networkx_round_trips_any_xml_string()
    {
        if (Networkx.Unavailable() is { } why) Assert.Fail(why);
        var values = Batch(xmlSafe: true, 400);
        using var vault = new TempVault();
        var path = Path.Combine(vault.Root, "graph.graphml");
        using (var file = File.Create(path)) new GraphMLWriter().Write(GraphWith(values), file);
        using var read = Networkx.Read(path);
        var gene = read.RootElement.GetProperty("nodes").EnumerateArray()
            .Select(n => n[1]).Single(d => d.TryGetProperty("s0", out _));
        for (var i = 0; i < values.Length; i++)
        {
            var typed = gene.GetProperty($"s{i}"); // ["str", value]: networkx read a str, not a number
            Assert.Equal("str", typed[0].GetString());
            Assert.Equal(values[i], typed[1].GetString());
        }
    }

    [Fact]
    public void The_neo4j_import_bundle_round_trips_any_string()
    {
        // The empty string is left out: CsvHelper (and so BundleReader) cannot tell a quoted "" from an empty field.
        var values = Batch(xmlSafe: false, 400).Where(v => v.Length > 0).ToArray();
        using var vault = new TempVault();
        var folder = Path.Combine(vault.Root, "bundle");
        new GeneGraph.Writers.Neo4jImport.Neo4jImportBundleWriter().Write(GraphWith(values), folder);
        var genes = GeneGraph.Tests.Writers.Neo4jImport.BundleReader.Read(Path.Combine(folder, "nodes-Gene.csv"));
        var lif = genes.Rows.Single(r => (string?)r["id:ID(Gene)"] == "LIF");
        for (var i = 0; i < values.Length; i++)
            Assert.Equal(values[i], lif[$"s{i}"]);
    }

    [Fact]
    public async Task Cypher_literals_evaluate_to_the_same_strings_on_a_real_server()
    {
        var driver = server.RequireDriver();
        var values = Batch(xmlSafe: false, 400);
        await using var session = driver.Session();
        var query = "RETURN [" + string.Join(", ", values.Select(CypherLiteral.Of)) + "] AS xs";
        var result = await session.RunAsync(query, cancellationToken: TestContext.Current.CancellationToken);
        var back = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Scalar());
        Assert.Equal(values, back.Cast<string>());
    }

    /// <summary>Found by the property above: Neo4j 3.x's parser (parboiled) uses U+FDEA–U+FDEF and U+FFFF as
    /// internal markers, so a literal holding them raw ended the query early ("Unexpected end of input").</summary>
    [Fact]
    public async Task Noncharacters_are_escaped_so_the_parser_does_not_take_them_for_its_own_markers()
    {
        var driver = server.RequireDriver();
        string[] values = ["q\uFDEC", "\uFDEA\uFDEF\uFDD0", "a\uFFFEb"];
        Assert.All(values, v => Assert.DoesNotContain(CypherLiteral.Of(v), c => c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE'));
        await using var session = driver.Session();
        var result = await session.RunAsync("RETURN [" + string.Join(", ", values.Select(CypherLiteral.Of)) + "] AS xs", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(values, Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Scalar()).Cast<string>());
    }

    [Fact]
    public async Task A_load_into_neo4j_keeps_every_string_byte_for_byte()
    {
        var driver = server.RequireDriver();
        var values = Batch(xmlSafe: false, 400);
        await using (var wipe = driver.Session())
            await wipe.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        await new Neo4jLoader(driver).LoadAsync(GraphWith(values), cancellationToken: TestContext.Current.CancellationToken);

        await using var session = driver.Session();
        var result = await session.RunAsync("MATCH (g:Gene {id: $id}) RETURN g", new Dictionary<string, object?> { ["id"] = "LIF" }, cancellationToken: TestContext.Current.CancellationToken);
        var node = Assert.IsType<BoltNode>(result.Scalar());
        for (var i = 0; i < values.Length; i++)
            Assert.Equal(values[i], node.Properties[$"s{i}"]);
    }
}
