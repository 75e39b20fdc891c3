using System.Globalization;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Bolt;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Tests.Bolt;

namespace GeneGraph.Tests.Neo4j;

/// <summary>
/// Every query of cypher/queries runs on the real server against the loaded thesis vault and returns what the
/// offline graph says (computed here by walking the QuikGraph graph, not with Cypher).
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class CypherPackTests(Neo4jServerFixture server)
{
    private static readonly Lazy<KnowledgeGraph> Graph = new(() => VaultGraph.Build(SharedFolder.ThesisVault()).Graph);

    private static string Query(string name) =>
        File.ReadAllText(Path.Combine(SharedFolder.RepoRoot(), "cypher", "queries", name + ".cypher"));

    private async Task<List<string>> RunAsync(string name, Dictionary<string, object?> parameters)
    {
        var driver = server.RequireDriver();
        await EnsureLoadedAsync(driver);
        await using var session = driver.Session();
        var result = await session.RunAsync(Query(name), parameters, TestContext.Current.CancellationToken);
        return result.Records.Select(r => string.Join(" | ", r.Values.Select(Cell))).ToList();
    }

    private static bool _loaded;

    private static async Task EnsureLoadedAsync(BoltDriver driver)
    {
        if (_loaded) return;
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        await new Neo4jLoader(driver).LoadAsync(Graph.Value, cancellationToken: TestContext.Current.CancellationToken);
        _loaded = true;
    }

    private static string Cell(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("F12", CultureInfo.InvariantCulture),
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Cell).Order(StringComparer.Ordinal)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Row(params object?[] cells) => string.Join(" | ", cells.Select(Cell));

    /// <summary>(trait, locus, gene, correlation) for every CORRELATES_WITH edge and each gene owning its locus.</summary>
    private static IEnumerable<(GraphNode Trait, GraphNode Locus, GraphNode Gene, GraphEdge Correlation)> Walks() =>
        from c in Graph.Value.EdgesOfType(RelationshipType.CorrelatesWith)
        from h in Graph.Value.InEdges(c.Source).Where(e => e.Type == RelationshipType.HasLocus)
        select (c.Target, c.Source, h.Source, c);

    private static List<string> LinkedThroughGenes(RelationshipType type, string? trait) =>
        (from w in Walks()
         where trait is null || w.Trait.Key == trait
         from end in Graph.Value.OutEdges(w.Gene).Where(e => e.Type == type)
         group (w.Gene, AbsR: (double)w.Correlation.Properties["absR"]!) by (Trait: w.Trait.Key, End: end.Target) into g
         let genes = g.Select(x => x.Gene.Key).Distinct().ToList()
         let mean = g.Average(x => x.AbsR)
         orderby g.Key.Trait, genes.Count descending, Math.Round(mean, 12) descending, g.Key.End.Key
         select Row(g.Key.Trait, g.Key.End.Key, g.Key.End.Properties["name"], (long)genes.Count, mean, genes.Cast<object?>().ToList()))
        .ToList();

    [Theory]
    [InlineData("sPAP")]
    [InlineData(null)]
    public async Task TraitsToPathways(string? trait)
    {
        var expected = LinkedThroughGenes(RelationshipType.InPathway, trait);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await RunAsync("traits-to-pathways", new() { ["trait"] = trait }));
    }

    [Fact]
    public async Task TraitsToDiseases()
    {
        var expected = LinkedThroughGenes(RelationshipType.AssociatedWith, "mPAP");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await RunAsync("traits-to-diseases", new() { ["trait"] = "mPAP" }));
    }

    [Theory]
    [InlineData(null, 0.5, 0, 1000)]
    [InlineData("mPAP", 0.4, -1, 5)]
    [InlineData("PA_sys", 0.0, 1, 1000)]
    public async Task StrongestLoci(string? trait, double minAbsR, long sign, long limit)
    {
        var expected = Walks()
            .Where(w => trait is null || w.Trait.Key == trait)
            .Select(w => (w, r: (double)w.Correlation.Properties["r"]!))
            .Where(x => Math.Abs(x.r) >= minAbsR && (sign == 0 || Math.Sign(x.r) == Math.Sign(sign)))
            .OrderBy(x => x.w.Trait.Key, StringComparer.Ordinal).ThenByDescending(x => Math.Abs(x.r))
            .ThenBy(x => x.w.Locus.Key, StringComparer.Ordinal).ThenBy(x => x.w.Gene.Key, StringComparer.Ordinal)
            .Take((int)limit)
            .Select(x => Row(x.w.Trait.Key, x.w.Locus.Key, x.w.Gene.Key, x.r, Math.Abs(x.r), x.w.Correlation.Properties["plot"]))
            .ToList();
        Assert.NotEmpty(expected);
        var actual = await RunAsync("strongest-loci", new() { ["trait"] = trait, ["minAbsR"] = minAbsR, ["sign"] = sign, ["limit"] = limit });
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("TMEM9")]
    [InlineData("LIF")]
    public async Task GeneNeighbourhood(string gene)
    {
        var node = Graph.Value.FindNode(NodeLabel.Gene, gene)!;
        static string Name(GraphNode n) => (n.Properties["name"] ?? n.Properties["symbol"] ?? n.Key).ToString()!;
        var expected = Graph.Value.OutEdges(node).Select(e => Row(e.Type.Name(), "out", e.Target.Label.ToString(), e.Target.Key, Name(e.Target), null))
            .Concat(Graph.Value.InEdges(node).Select(e => Row(e.Type.Name(), "in", e.Source.Label.ToString(), e.Source.Key, Name(e.Source), null)))
            .Concat(from h in Graph.Value.OutEdges(node).Where(e => e.Type == RelationshipType.HasLocus)
                    from c in Graph.Value.OutEdges(h.Target)
                    select Row("CORRELATES_WITH", "via " + h.Target.Key, "Trait", c.Target.Key, Name(c.Target), c.Properties["r"]))
            .Order(StringComparer.Ordinal).ToList();
        var actual = (await RunAsync("gene-neighbourhood", new() { ["gene"] = gene })).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task PapersForGene()
    {
        var lif = Graph.Value.FindNode(NodeLabel.Gene, "LIF")!;
        var expected = Graph.Value.InEdges(lif).Where(e => e.Type == RelationshipType.Mentions)
            .OrderBy(e => e.Source.Key, StringComparer.Ordinal)
            .Select(e => Row(e.Source.Key, e.Source.Properties["url"], e.Source.Properties["question"], e.Properties["claim"]))
            .ToList();
        Assert.Single(expected);
        Assert.Equal(expected, await RunAsync("papers-for-gene", new() { ["gene"] = "LIF" }));
    }

    [Fact]
    public async Task SharedPathways()
    {
        List<string> GenesTo(string trait, GraphNode pathway) => Walks()
            .Where(w => w.Trait.Key == trait && Graph.Value.OutEdges(w.Gene).Any(e => e.Type == RelationshipType.InPathway && e.Target == pathway))
            .Select(w => w.Gene.Key).Distinct().ToList();
        var expected = Graph.Value.NodesWithLabel(NodeLabel.Pathway)
            .Select(p => (p, a: GenesTo("sPAP", p), b: GenesTo("mPAP", p)))
            .Where(x => x.a.Count > 0 && x.b.Count > 0)
            .Select(x => (x.p, x.a, x.b, count: x.a.Union(x.b).Count()))
            .OrderByDescending(x => x.count).ThenBy(x => x.p.Key, StringComparer.Ordinal)
            .Select(x => Row(x.p.Key, x.p.Properties["name"], x.a.Cast<object?>().ToList(), x.b.Cast<object?>().ToList(), (long)x.count))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await RunAsync("shared-pathways", new() { ["traitA"] = "sPAP", ["traitB"] = "mPAP" }));
    }
}
