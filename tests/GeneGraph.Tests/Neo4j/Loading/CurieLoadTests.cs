using GeneGraph.Neo4j.Loading;
using GeneGraph.Schema;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.EndToEnd;

namespace GeneGraph.Tests.Neo4j.Loading;

/// <summary>The thesis vault's CURIEs in a real Neo4j 3.1.1: every node's <c>curie</c> and <c>xrefs</c>, and a join on them.</summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class CurieLoadTests(Neo4jServerFixture server, ThesisVaultFixture thesis) : IClassFixture<ThesisVaultFixture>
{
    [Fact]
    public async Task Every_nodes_curie_and_xrefs_come_back_from_Neo4j_and_another_graph_joins_on_curie()
    {
        var driver = server.RequireDriver();
        var graph = thesis.Require().Graph;
        var token = TestContext.Current.CancellationToken;
        await using var session = driver.Session();
        await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: token);
        await new Neo4jLoader(driver).LoadAsync(graph, cancellationToken: token);

        var read = await session.RunAsync("MATCH (n) RETURN labels(n)[0] AS label, n.id AS id, n.curie AS curie, n.xrefs AS xrefs", cancellationToken: token);
        var actual = read.Records.Select(r => $"{r["label"]}:{r["id"]} {r["curie"]} [{string.Join(",", (r["xrefs"] as IReadOnlyList<object?>) ?? [])}]")
            .Order(StringComparer.Ordinal);
        var expected = graph.Nodes.Select(n => $"{n.Uid} {n.Properties[NodeProperties.Curie]} [{string.Join(",", n.Properties[NodeProperties.Xrefs] as IReadOnlyList<string> ?? [])}]")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);

        // a node of someone else's graph (as a KGX import or Hetionet would make it) meets ours on the CURIE
        await session.RunAsync("CREATE (:OtherGraphGene {curie: 'NCBIGene:3976'})", cancellationToken: token);
        var joined = await session.RunAsync(
            "MATCH (o:OtherGraphGene), (g:Gene) WHERE g.curie = o.curie RETURN g.id AS id", cancellationToken: token);
        Assert.Equal(["LIF"], joined.Records.Select(r => (string)r["id"]!));
        await session.RunAsync("MATCH (o:OtherGraphGene) DELETE o", cancellationToken: token);
    }
}
