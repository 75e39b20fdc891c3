using System.Globalization;
using GeneGraph.Bolt;
using GeneGraph.Enrichment;
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
    /// <summary>The thesis vault's graph with its derived edges (gene-trait summaries, enrichment of every kind), as <c>load --derived</c> writes it.</summary>
    private static readonly Lazy<(KnowledgeGraph Graph, IReadOnlyList<EnrichmentResult> Enrichment)> Thesis = new(() =>
    {
        var vault = VaultGraph.Build(RepoPaths.ThesisVault());
        var background = Background.GeneNotes(vault.Graph, vault.GeneNoteKeys);
        var enrichment = OverRepresentation.Compute(vault.Graph, background, EnrichmentOptions.Default, TermKinds.All);
        DerivedEdges.Add(vault.Graph, DerivedKinds.Enrichment | DerivedKinds.GeneTrait, background, EnrichmentOptions.Default);
        return (vault.Graph, enrichment);
    });

    private static KnowledgeGraph Graph => Thesis.Value.Graph;
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
        { "traits-to-enriched-pathways", null, null, null, 0, 0, 0 },
        { "traits-to-enriched-pathways", "sPAP", null, null, 0, 0, 0 },
        { "sign-conflicts", null, null, null, 0, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_offline_answer_equals_the_Cypher_answer(string name, string? trait, string? traitB, string? gene, double minAbsR, long sign, long limit)
    {
        var question = Questions.Parse(name)!.Value;
        var parameters = new QuestionParameters { Trait = trait, TraitB = traitB, Gene = gene, MinAbsR = minAbsR, Sign = sign, Limit = limit };
        var offline = GraphQuestions.Answer(Graph, question, parameters);

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

    [Fact]
    public async Task The_ENRICHED_IN_edges_read_back_from_Neo4j_are_the_offline_enrichment()
    {
        var driver = server.RequireDriver();
        await EnsureLoadedAsync(driver);
        await using var session = driver.Session();
        var online = await session.RunAsync(
            "MATCH (t:Trait)-[e:ENRICHED_IN]->(x) RETURN t.id, labels(x)[0], x.id, e.overlap, e.traitGenes, e.termGenes, e.backgroundGenes, " +
            "e.fold, e.p, e.q, e.genes, e.minAbsR, e.sign, e.background, e.correction", cancellationToken: TestContext.Current.CancellationToken);
        var offline = Thesis.Value.Enrichment
            .Select(r => Row([r.Trait.Key, r.Kind.ToString(), r.Term.Key, (long)r.Overlap, (long)r.TraitGenes, (long)r.TermGenes, (long)r.BackgroundGenes,
                R(r.Fold), R(r.P), R(r.Q), r.Genes, 0.0, "both", "the vault's gene notes (70 genes)", "trait-and-kind"]))
            .Order(StringComparer.Ordinal).ToList();
        var actual = online.Records.Select(r => Row(r.Values.Select((v, i) => i is 7 or 8 or 9 ? R((double)v!) : v)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(offline.Count > 100);
        Assert.Equal(offline, actual);
    }

    /// <summary>A double as its round-trip text: the read-back must be exact, not to 12 decimals.</summary>
    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static async Task EnsureLoadedAsync(BoltDriver driver)
    {
        if (_loaded) return;
        await using (var session = driver.Session())
            await session.RunAsync("MATCH (n) DETACH DELETE n", cancellationToken: TestContext.Current.CancellationToken);
        await new Neo4jLoader(driver).LoadAsync(Graph, cancellationToken: TestContext.Current.CancellationToken);
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
