using System.Text.RegularExpressions;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Neo4j;

/// <summary>
/// Neo4j Browser on the test server, driven by headless Chromium (tests/js/neo4j-browser.mjs): after the thesis vault
/// is loaded, log in, apply cypher/genegraph.grass with <c>:style</c>, run the traits → pathways walk and check that the
/// graph view draws it in the project's style. The screenshot is kept as TestResults/visual/neo4j-browser.png.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed partial class Neo4jBrowserTests(Neo4jServerFixture server)
{
    private const string Trait = "sPAP";

    [Fact]
    public async Task The_traits_to_pathways_walk_renders_in_the_projects_style()
    {
        var driver = server.RequireDriver();
        NodeScripts.Require(chromium: true);
        var ct = TestContext.Current.CancellationToken;
        var graph = VaultGraph.Build(RepoPaths.ThesisVault()).Graph;
        await using (var wipe = driver.Session())
            await wipe.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: ct);
        await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: ct);

        var query = PathQuery();
        var parameters = new Dictionary<string, object?> { ["trait"] = Trait };
        long expectedNodes, expectedRelationships;
        await using (var session = driver.Session())
        {
            // what the graph view must show: the walk's nodes, and (the Browser's auto-complete) every relationship between them
            var nodeCount = await session.RunAsync(
                query.Replace("RETURN p", "UNWIND nodes(p) AS n RETURN count(DISTINCT n)", StringComparison.Ordinal), parameters, ct);
            expectedNodes = (long)nodeCount.Scalar()!;
            var relationshipCount = await session.RunAsync(
                query.Replace("RETURN p", "UNWIND nodes(p) AS n WITH collect(DISTINCT n) AS ns MATCH (a)-[r]->(b) WHERE a IN ns AND b IN ns RETURN count(DISTINCT r)", StringComparison.Ordinal),
                parameters, ct);
            expectedRelationships = (long)relationshipCount.Scalar()!;
        }
        Assert.True(expectedNodes > 0 && expectedRelationships > 0, $"the thesis vault has no {Trait} → pathway walk");

        var grassFile = Path.Combine(RepoPaths.RepoRoot(), "cypher", "genegraph.grass");
        var grass = ParseGrass(File.ReadAllText(grassFile));
        var screenshot = Path.Combine(NodeScripts.ArtifactsFolder(), "neo4j-browser.png");
        File.Delete(screenshot);
        using var seen = NodeScripts.RunJson("neo4j-browser.mjs", $"http://127.0.0.1:{server.HttpPort}/browser/",
            server.User, server.Password, grassFile, Trait, query, screenshot);
        var root = seen.RootElement;

        // logged in
        Assert.StartsWith($"You are connected as user {server.User}", root.GetProperty("connectedAs").GetString(), StringComparison.Ordinal);

        // no page errors; the only console errors are those of the outside requests the script aborted
        Assert.Empty(root.GetProperty("pageErrors").EnumerateArray());
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        Assert.True(root.GetProperty("offlineErrors").GetArrayLength() <= root.GetProperty("blocked").GetArrayLength());

        // the style the Browser holds is the .grass file, rule for rule
        var held = root.GetProperty("styleHeld");
        Assert.Equal(grass.Keys.Order(StringComparer.Ordinal), held.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var (selector, props) in grass)
            foreach (var (name, value) in props)
                Assert.Equal(value, held.GetProperty(selector).GetProperty(name).GetString());

        // the graph view: every node and relationship drawn, in the .grass colours, genes captioned by symbol
        var drawn = root.GetProperty("drawn");
        var nodes = drawn.GetProperty("nodes").EnumerateArray().ToList();
        var relationships = drawn.GetProperty("relationshipList").EnumerateArray().ToList();
        Assert.Equal(expectedNodes, nodes.Count);
        Assert.Equal(expectedRelationships, drawn.GetProperty("relationships").GetInt32());
        Assert.Equal($"Displaying {expectedNodes} nodes, {expectedRelationships} relationships.", drawn.GetProperty("status").GetString());
        Assert.Equal(["Gene", "Locus", "Pathway", "Trait"], nodes.Select(n => n.GetProperty("labels")[0].GetString()!).Distinct().Order(StringComparer.Ordinal));
        foreach (var node in nodes)
        {
            var label = node.GetProperty("labels").EnumerateArray().Single().GetString()!;
            Assert.Equal(grass["node." + label]["color"], node.GetProperty("fill").GetString());
        }
        var trait = Assert.Single(nodes, n => n.GetProperty("labels")[0].GetString() == "Trait");
        Assert.Equal("#F79767", trait.GetProperty("fill").GetString());
        Assert.Equal(trait.GetProperty("properties").GetProperty("name").GetString(), trait.GetProperty("caption").GetString());
        var genes = nodes.Where(n => n.GetProperty("labels")[0].GetString() == "Gene").ToList();
        Assert.NotEmpty(genes);
        foreach (var gene in genes)
            Assert.Equal(gene.GetProperty("properties").GetProperty("symbol").GetString(), gene.GetProperty("caption").GetString());
        Assert.Equal(["CORRELATES_WITH", "HAS_LOCUS", "IN_PATHWAY"], relationships.Select(r => r.GetProperty("type").GetString()!).Distinct().Order(StringComparer.Ordinal));
        foreach (var relationship in relationships)
            Assert.Equal(grass["relationship." + relationship.GetProperty("type").GetString()]["color"], relationship.GetProperty("fill").GetString());

        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }

    /// <summary>
    /// The pack's traits → pathways query (cypher/queries/traits-to-pathways.cypher) as a graph: its matching of the
    /// trait, its walk and the walk's WHERE, the walk bound to a path and returned, since the Browser draws a graph only
    /// for nodes, relationships and paths.
    /// </summary>
    private static string PathQuery()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.RepoRoot(), "cypher", "queries", "traits-to-pathways.cypher"))
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        var clauses = lines.TakeWhile(l => !l.StartsWith("WITH t, ", StringComparison.Ordinal)).ToList();
        var walk = Assert.Single(clauses, l => l.StartsWith("MATCH (t)<-", StringComparison.Ordinal));
        Assert.Contains("(t)<-[c:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(g:Gene)-[:IN_PATHWAY]->(p:Pathway)", walk, StringComparison.Ordinal);
        Assert.Contains(clauses, l => l.StartsWith("WHERE $trait IS NULL OR ", StringComparison.Ordinal));
        // the pack names the pathway p; the path takes that name, so the pathway is renamed pathway
        var path = "MATCH p = " + walk["MATCH ".Length..].Replace("(p:Pathway)", "(pathway:Pathway)", StringComparison.Ordinal);
        // every correlation (the Browser script sets $trait only)
        return string.Join("\n", clauses.Select(l => l == walk ? path : l)).Replace("$minAbsR", "0.0", StringComparison.Ordinal)
            .Replace("$sign", "0", StringComparison.Ordinal) + "\nRETURN p";
    }

    /// <summary>The .grass rules as selector → property → value, the way the Browser's own parser reads them (quotes dropped).</summary>
    private static Dictionary<string, Dictionary<string, string>> ParseGrass(string text) =>
        GrassRule().Matches(text).ToDictionary(
            m => m.Groups["selector"].Value,
            m => m.Groups["body"].Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split(':', 2, StringSplitOptions.TrimEntries))
                .ToDictionary(p => p[0], p => p[1].Trim('\'', '"')),
            StringComparer.Ordinal);

    [GeneratedRegex(@"(?<selector>[\w.]+)\s*\{(?<body>(?:'[^']*'|""[^""]*""|[^{}'""])*)\}")]
    private static partial Regex GrassRule();
}
