using System.Globalization;
using GeneGraph.Bolt;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Queries;
using GeneGraph.Tests.Bolt.RealServer;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Queries;

/// <summary>
/// Every query of cypher/queries runs on the real server against the loaded thesis vault, and the offline answer
/// (<see cref="GraphQuestions"/>, a walk over the QuikGraph graph) equals it row for row.
/// </summary>
[Collection(Neo4jServerCollection.Name)]
public sealed class CypherPackTests(Neo4jServerFixture server)
{
    private static readonly Lazy<KnowledgeGraph> Graph = new(() => VaultGraph.Build(RepoPaths.ThesisVault()).Graph);
    private static bool _loaded;

    public static TheoryData<string, string?, string?, string?, double, long, long> Cases => new()
    {
        { "traits-to-pathways", "sPAP", null, null, 0, 0, 0 },
        { "traits-to-pathways", null, null, null, 0, 0, 0 },
        { "traits-to-diseases", "mPAP", null, null, 0, 0, 0 },
        { "traits-to-diseases", null, null, null, 0, 0, 0 },
        { "strongest-loci", null, null, null, 0.5, 0, 1000 },
        { "strongest-loci", "mPAP", null, null, 0.4, -1, 5 },
        { "strongest-loci", "PA_sys", null, null, 0.0, 1, 1000 },
        { "gene-neighbourhood", null, null, "TMEM9", 0, 0, 0 },
        { "gene-neighbourhood", null, null, "LIF", 0, 0, 0 },
        { "gene-neighbourhood", null, null, "NO-SUCH-GENE", 0, 0, 0 },
        { "papers-for-gene", null, null, "LIF", 0, 0, 0 },
        { "shared-pathways", "sPAP", "mPAP", null, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_offline_answer_equals_the_Cypher_answer(string name, string? trait, string? traitB, string? gene, double minAbsR, long sign, long limit)
    {
        var question = Questions.Parse(name)!.Value;
        var parameters = new QuestionParameters { Trait = trait, TraitB = traitB, Gene = gene, MinAbsR = minAbsR, Sign = sign, Limit = limit };
        var offline = GraphQuestions.Answer(Graph.Value, question, parameters);

        var driver = server.RequireDriver();
        await EnsureLoadedAsync(driver);
        await using var session = driver.Session();
        var cypher = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "cypher", "queries", name + ".cypher"));
        var online = await session.RunAsync(cypher, parameters.ToCypherParameters(question), TestContext.Current.CancellationToken);

        Assert.Equal(online.Keys, offline.Columns);
        var expected = offline.Rows.Select(Row).ToList();
        var actual = online.Records.Select(r => Row(r.Values)).ToList();
        if (question == Question.GeneNeighbourhood)
        {
            // a UNION has no ORDER BY on Neo4j 3.1: the rows are compared as a multiset
            expected.Sort(StringComparer.Ordinal);
            actual.Sort(StringComparer.Ordinal);
        }
        Assert.Equal(expected, actual);
        if (gene != "NO-SUCH-GENE") Assert.NotEmpty(expected);
    }

    private static async Task EnsureLoadedAsync(BoltDriver driver)
    {
        if (_loaded) return;
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        await new Neo4jLoader(driver).LoadAsync(Graph.Value, cancellationToken: TestContext.Current.CancellationToken);
        _loaded = true;
    }

    /// <summary>One row as text: doubles to 12 decimals (the server may sum in another order), lists as sets.</summary>
    private static string Row(IEnumerable<object?> cells) => string.Join(" | ", cells.Select(Cell));

    private static string Cell(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("F12", CultureInfo.InvariantCulture),
        string s => s,
        System.Collections.IEnumerable list => "[" + string.Join(",", list.Cast<object?>().Select(Cell).Order(StringComparer.Ordinal)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
