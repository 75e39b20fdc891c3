using GeneGraph.Enrichment;
using GeneGraph.Pipeline;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph load --derived</c>: the derived relationships reach the server between the right labels.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class LoadDerivedCommandTests(Neo4jServerFixture server)
{
    [Fact]
    public async Task Load_with_derived_writes_ENRICHED_IN_per_label_pair_and_the_gene_trait_summaries()
    {
        var driver = server.RequireDriver();
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        var run = GeneGraphProcess.RunWithEnvironment(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = server.Password },
            "load", RepoPaths.ExampleVault(), "--uri", server.Uri!, "--user", server.User, "--derived", "enrichment,gene-trait");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var vault = VaultGraph.Build(RepoPaths.ExampleVault());
        var offline = OverRepresentation.Compute(vault.Graph, Background.GeneNotes(vault.Graph, vault.GeneNoteKeys), EnrichmentOptions.Default, TermKinds.All);
        var expected = offline.GroupBy(r => r.Kind.ToString()).Select(g => $"{g.Key} {g.Count()}").Order(StringComparer.Ordinal).ToList();
        Assert.All(expected, line => Assert.Matches($@"\bENRICHED_IN-{line.Replace(" ", @"\s+", StringComparison.Ordinal)}\b", run.Stdout));

        await using var check = driver.Session();
        var counts = await check.RunAsync("MATCH (:Trait)-[e:ENRICHED_IN]->(x) RETURN labels(x)[0] AS label, count(e) AS n ORDER BY label",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(expected, counts.Records.Select(r => $"{r.Values[0]} {r.Values[1]}").ToList());
        var summaries = await check.RunAsync("MATCH (:Gene)-[s:CORRELATES_WITH_TRAIT]->(:Trait) RETURN count(s)", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((long)GeneTraitLink.All(vault.Graph).Count, summaries.Records.Single().Values[0]);
    }
}
