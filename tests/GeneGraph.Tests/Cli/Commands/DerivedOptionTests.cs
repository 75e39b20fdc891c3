using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>--derived</c> puts the derived relationships into every output of export and view; a bad value or universe is refused.</summary>
public sealed class DerivedOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-derived-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("graphml")]
    [InlineData("json")]
    [InlineData("cypher")]
    [InlineData("cypher-3")]
    [InlineData("cyjs")]
    [InlineData("neo4j-import")]
    [InlineData("view")]
    public void Every_output_carries_the_derived_relationships_when_asked(string format)
    {
        var vault = RepoPaths.ThesisVault();
        var output = Path.Combine(_folder, "out-" + format);
        var run = format == "view"
            ? GeneGraphProcess.Run("view", vault, "-o", output, "--derived", "enrichment,gene-trait")
            : GeneGraphProcess.Run("export", vault, "--format", format, "-o", output, "--derived", "enrichment", "--derived", "gene-trait");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var text = Directory.Exists(output)
            ? string.Concat(Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f) + "\n" + File.ReadAllText(f)))
            : File.ReadAllText(output);
        Assert.Contains("ENRICHED_IN", text, StringComparison.Ordinal);
        Assert.Contains("CORRELATES_WITH_TRAIT", text, StringComparison.Ordinal);
        if (format == "neo4j-import")
        {
            foreach (var label in new[] { "Pathway", "Disease", "GoTerm" })
                Assert.True(File.Exists(Path.Combine(output, $"relationships-ENRICHED_IN-{label}.csv")), label);
            Assert.Contains(":START_ID(Trait),:END_ID(GoTerm),:TYPE", File.ReadAllText(Path.Combine(output, "relationships-ENRICHED_IN-GoTerm.csv")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_derived_kind_is_a_usage_error_and_an_unreadable_universe_an_IO_error()
    {
        var vault = RepoPaths.ExampleVault();
        var bad = GeneGraphProcess.Run("export", vault, "-o", Path.Combine(_folder, "a.json"), "--derived", "everything");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--derived takes enrichment, gene-trait, not 'everything'", bad.Stderr, StringComparison.Ordinal);
        var missing = GeneGraphProcess.Run("query", vault, "enrichment", "--universe", Path.Combine(_folder, "no-such-file.txt"));
        Assert.Equal(3, missing.ExitCode);
    }

    [Fact]
    public void The_enrichment_query_says_its_background_and_counts_unmatched_universe_ids()
    {
        var vault = RepoPaths.ThesisVault();
        var universe = Path.Combine(_folder, "universe.txt");
        File.WriteAllLines(universe, ["LIF", "ENSG00000128342", "ACVRL1", "MYC", "3976", "NOT_A_GENE", "TMEM9"]);
        var run = GeneGraphProcess.Run("query", vault, "enrichment", "--trait", "sPAP", "--kind", "pathway", "--universe", universe, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("universe.txt: 1 id(s) matched no gene note and are not in the background: NOT_A_GENE", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("background: universe universe.txt (4 genes with a note; 1 ids matched no gene note)", run.Stderr, StringComparison.Ordinal);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("trait,kind,term,name,k,n,K,N,fold,p,q,genes", lines[0].TrimEnd('\r'));
        Assert.All(lines.Skip(1), l => Assert.Contains(",4,", l, StringComparison.Ordinal));
    }
}
