using System.Globalization;
using GeneGraph.Bolt;
using GeneGraph.Enrichment;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Pipeline;
using GeneGraph.Queries;
using GeneGraph.Schema;
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
        // the user's spellings (issue 15): any case, with or without _ and -, the same answer offline and on the server
        { "traits-to-pathways", "spap", null, null, 0, 0, 0 },
        { "traits-to-pathways", "S-PAP", null, null, 0.5, 1, 0 },
        { "traits-to-diseases", "MPAP", null, null, 0.4, -1, 0 },
        { "traits-to-diseases", null, null, null, 0.6, 0, 0 },
        { "strongest-loci", "pa_sys", null, null, 0.0, 0, 1000 },
        { "strongest-loci", "PA SYS", null, null, 0.3, -1, 1000 },
        { "strongest-loci", null, null, null, 0.0, 0, 10 },
        { "gene-neighbourhood", null, null, "irf4", 0, 0, 0 },
        { "gene-neighbourhood", null, null, "Lif", 0.5, 1, 0 },
        { "papers-for-gene", null, null, "lif", 0, 0, 0 },
        { "shared-pathways", "spap", "MPAP", null, 0, 0, 0 },
        { "shared-pathways", "Spap", "mpap", null, 0.45, 0, 0 },
        { "traits-to-enriched-pathways", "spap", null, null, 0, 0, 0 },
        { "sign-conflicts", "MPAP", null, null, 0, 0, 0 },
        { "sign-conflicts", null, null, null, 0.2, 0, 0 },
        { "strongest-loci", "no-such-trait", null, null, 0, 0, 1000 },
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
        if (gene != "NO-SUCH-GENE" && trait != "no-such-trait") Assert.NotEmpty(expected);
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

    /// <summary>How the pack folds a name (<see cref="NameMatch"/>): spaces, _, - and . dropped, lower case.</summary>
    private static string Fold(string x) => $"toLower(replace(replace(replace(replace({x}, ' ', ''), '_', ''), '-', ''), '.', ''))";

    [Fact]
    public void Every_query_that_takes_a_name_folds_it_and_the_nodes_ids_with_the_one_expression()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot(), "cypher", "queries"), "*.cypher"))
        {
            var text = File.ReadAllText(file);
            var names = new[] { "trait", "traitA", "traitB", "gene" }.Where(p => text.Contains("$" + p + " ", StringComparison.Ordinal) || text.Contains("$" + p + ",", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(names);
            foreach (var name in names)
                Assert.Contains(Fold($"coalesce(${name}, '')"), text);
            var compared = text.Split('\n').Where(l => l.Contains("= wanted", StringComparison.Ordinal)).ToList();
            Assert.True(compared.Count >= names.Count, file);
            Assert.All(compared, l => Assert.Matches(@"^WHERE (\$trait IS NULL OR )?toLower\(replace\(replace\(replace\(replace\((\w+)\.id, ' ', ''\), '_', ''\), '-', ''\), '\.', ''\)\) = wanted[AB]?$", l.TrimEnd('\r')));
        }
    }

    [Fact]
    public async Task Every_spelling_of_a_trait_or_gene_names_the_same_nodes_on_the_server_as_offline()
    {
        var driver = server.RequireDriver();
        await EnsureLoadedAsync(driver);
        var random = new Random(15);
        foreach (var label in new[] { NodeLabel.Trait, NodeLabel.Gene })
        {
            var keys = Graph.NodesWithLabel(label).Select(n => n.Key).ToList();
            var spellings = keys.SelectMany(k => Spellings(k, random))
                .Concat(Enumerable.Range(0, 200).Select(_ => RandomName(random)))
                .Append("").Append("_").Distinct(StringComparer.Ordinal).ToList();
            await using var session = driver.Session();
            var online = await session.RunAsync(
                $"UNWIND $spellings AS s OPTIONAL MATCH (n:{label}) WHERE {Fold("n.id")} = {Fold("s")} RETURN s, collect(n.id)",
                new Dictionary<string, object?> { ["spellings"] = spellings }, TestContext.Current.CancellationToken);
            var actual = online.Records.ToDictionary(r => (string)r.Values[0]!, r => Row(r.Values.Skip(1)), StringComparer.Ordinal);
            var expected = spellings.ToDictionary(s => s, s => Row([NameMatch.Find(Graph, label, s).Select(n => n.Key).ToList()]), StringComparer.Ordinal);
            Assert.Equal(expected, actual);
            Assert.All(keys, k => Assert.Equal(Row([new List<string> { k }]), actual[k.ToLowerInvariant()]));
        }
    }

    /// <summary>The name as written, in lower and upper case, with its separators changed or dropped, its case flipped at random.</summary>
    private static IEnumerable<string> Spellings(string key, Random random)
    {
        yield return key;
        yield return key.ToLowerInvariant();
        yield return key.ToUpperInvariant();
        yield return key.Replace('_', ' ');
        yield return key.Replace('_', '-').ToUpperInvariant();
        yield return key.Replace("_", "", StringComparison.Ordinal);
        yield return " " + string.Join("-", key.ToCharArray()) + " ";
        yield return new string(key.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray());
    }

    /// <summary>A short name of letters (ASCII, Latin-1, Greek but the capital sigma Java lower-cases by context), digits and separators.</summary>
    private static string RandomName(Random random)
    {
        const string alphabet = "aAbBsSpPmMzZ019_- .()/éÉøÆßσπΠ";
        return new string(Enumerable.Range(0, random.Next(1, 8)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
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
