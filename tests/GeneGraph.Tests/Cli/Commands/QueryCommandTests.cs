using System.Globalization;
using System.Text.Json;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph query</c> run as a process, as a user at a terminal would run it (issue 15's findings first).</summary>
public sealed class QueryCommandTests
{
    private readonly string _vault = RepoPaths.ExampleVault();

    private static readonly Dictionary<string, string?> Columns80 = new() { ["COLUMNS"] = "80" };

    [Fact]
    public void CSV_has_the_Cypher_columns_and_the_filtered_rows()
    {
        var run = GeneGraphProcess.Run("query", _vault, "strongest-loci", "--min-abs-r", "0.4", "--sign", "negative", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.Equal("trait,locus,gene,r,absR,plot", lines[0]);
        Assert.Equal(2, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",-0.", l));
        // strongest first over every trait (issue 15: it was trait by trait, alphabetically)
        Assert.StartsWith("PVR,chr6:12290400-12290499,EDN1,-0.455021831622048,", lines[1]);
        Assert.StartsWith("PA_sys,chr2:202401500-202401649,BMPR2,-0.41886015313124,", lines[2]);
    }

    [Fact]
    public void JSON_keeps_numbers_and_lists_typed()
    {
        var run = GeneGraphProcess.Run("query", _vault, "traits-to-pathways", "--trait", "sPAP", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        var erk = Assert.Single(rows, r => r.GetProperty("pathway").GetString() == "erk_signaling");
        Assert.Equal(2, erk.GetProperty("geneCount").GetInt64());
        Assert.Equal(["BMPR2", "LIF"], erk.GetProperty("genes").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal((0.567330246986036 + 0.498760145531274) / 2, erk.GetProperty("meanAbsR").GetDouble(), 15);
    }

    [Fact]
    public void The_table_is_readable()
    {
        var run = GeneGraphProcess.Run("query", _vault, "papers-for-gene", "--gene", "bmpr2");
        var csv = GeneGraphProcess.Run("query", _vault, "papers-for-gene", "--gene", "bmpr2", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ 0a1b2c3d… ", run.Stdout); // a consensus.app id as git shortens a hash; the URL beside it ends with the rest
        Assert.Contains("1 row(s)", run.Stdout);
        Assert.Contains("0a1b2c3d4e5f60718293a4b5c6d7e8f9", csv.Stdout);
    }

    [Fact]
    public void A_question_without_its_parameter_is_a_usage_error_before_the_vault_is_read()
    {
        // the vault does not even exist: the command line is refused first (exit 2, not 3), and no warning is printed
        var run = GeneGraphProcess.Run("query", Path.Combine(_vault, "no-such-folder"), "gene-neighbourhood");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("genegraph: error: gene-neighbourhood needs --gene (e.g. --gene LIF)", run.Stderr.Trim());
    }

    [Fact]
    public void The_thesis_vaults_gene_neighbourhood_without_a_gene_prints_one_line_and_no_warning()
    {
        var run = GeneGraphProcess.Run("query", RepoPaths.ThesisVault(), "gene-neighbourhood");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(Lines(run.Stderr));
        Assert.DoesNotContain("warning", run.Stderr);
    }

    [Fact]
    public void An_unknown_question_is_one_line_naming_the_nearest()
    {
        var run = GeneGraphProcess.Run("query", _vault, "strongest-locus");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Stderr));
        Assert.Contains("'strongest-locus' is not a question; did you mean 'strongest-loci'?", line);
    }

    [Fact]
    public void A_table_keeps_the_semicolons_of_a_name()
    {
        var run = GeneGraphProcess.RunWithEnvironment(new Dictionary<string, string?> { ["COLUMNS"] = "200" },
            "query", RepoPaths.ThesisVault(), "traits-to-diseases", "--trait", "mPAP");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("With T(9;22)(Q34.1;Q11.2)", run.Stdout);
        Assert.DoesNotContain("T(9, 22)", run.Stdout);
    }

    [Theory]
    [InlineData("--trait", "spap", "sPAP")]
    [InlineData("--trait", "SPAP", "sPAP")]
    [InlineData("--trait", "pa_sys", "PA_sys")]
    [InlineData("--trait", "PA-SYS", "PA_sys")]
    [InlineData("--trait", "pa sys", "PA_sys")]
    [InlineData("--gene", "irf4", "IRF4")]
    [InlineData("--gene", "Irf4", "IRF4")]
    public void A_name_in_any_case_or_with_other_separators_answers_as_the_name_the_notes_use(string option, string spelled, string asWritten)
    {
        string[] question = option == "--gene" ? ["gene-neighbourhood"] : ["strongest-loci", "--limit", "1000"];
        var thesis = RepoPaths.ThesisVault();

        var spelledRun = GeneGraphProcess.Run(["query", thesis, .. question, option, spelled, "--format", "csv"]);
        var writtenRun = GeneGraphProcess.Run(["query", thesis, .. question, option, asWritten, "--format", "csv"]);

        Assert.Equal(0, spelledRun.ExitCode);
        Assert.Equal(writtenRun.Stdout, spelledRun.Stdout);
        Assert.True(Lines(spelledRun.Stdout).Count > 2, spelledRun.Stdout);
    }

    [Theory]
    [InlineData("strongest-loci", "--trait", "spa", "unknown trait 'spa'; known: sPAP, mPAP, ")]
    [InlineData("traits-to-pathways", "--trait", "PASYS2", "unknown trait 'PASYS2'; known: PA_sys, ")]
    [InlineData("papers-for-gene", "--gene", "IRF44", "unknown gene 'IRF44'; known: IRF4, ")]
    public void An_unknown_name_exits_non_zero_listing_the_known_ones_closest_first(string question, string option, string name, string expected)
    {
        var run = GeneGraphProcess.Run("query", RepoPaths.ThesisVault(), question, option, name, "--quiet");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(Lines(run.Stderr));
        Assert.StartsWith("genegraph: error: " + expected, line);
    }

    [Theory]
    [InlineData("traits-to-pathways", "meanAbsR")]
    [InlineData("traits-to-diseases", "meanAbsR")]
    [InlineData("shared-pathways", null)]
    [InlineData("gene-neighbourhood", "r")]
    [InlineData("sign-conflicts", null)]
    public void Min_abs_r_leaves_out_the_weak_correlations_of_every_question(string question, string? rColumn)
    {
        string[] extra = question switch
        {
            "shared-pathways" => ["--trait", "sPAP", "--trait-b", "mPAP"],
            "gene-neighbourhood" => ["--gene", "TMEM9"],
            _ => [],
        };
        var thesis = RepoPaths.ThesisVault();
        var all = GeneGraphProcess.Run(["query", thesis, question, "--format", "json", .. extra]);
        var strong = GeneGraphProcess.Run(["query", thesis, question, "--format", "json", "--min-abs-r", "0.5", .. extra]);

        Assert.Equal(0, strong.ExitCode);
        var allRows = JsonDocument.Parse(all.Stdout).RootElement.EnumerateArray().ToList();
        var strongRows = JsonDocument.Parse(strong.Stdout).RootElement.EnumerateArray().ToList();
        Assert.True(strongRows.Count < allRows.Count, $"{strongRows.Count} of {allRows.Count}");
        if (rColumn is not null)
            Assert.All(strongRows.Where(r => r.GetProperty(rColumn).ValueKind == JsonValueKind.Number),
                r => Assert.True(Math.Abs(r.GetProperty(rColumn).GetDouble()) >= 0.5));
    }

    [Fact]
    public void Sign_keeps_only_the_correlations_of_that_sign_in_every_question_that_walks_them()
    {
        var run = GeneGraphProcess.Run("query", RepoPaths.ThesisVault(), "gene-neighbourhood", "--gene", "MAOB", "--sign", "negative", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var rs = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .Where(r => r.GetProperty("r").ValueKind == JsonValueKind.Number).Select(r => r.GetProperty("r").GetDouble()).ToList();
        Assert.NotEmpty(rs);
        Assert.All(rs, r => Assert.True(r < 0));
    }

    [Theory]
    [InlineData("papers-for-gene", "--min-abs-r", "0.5", "--min-abs-r does not apply to papers-for-gene (it walks no correlation)")]
    [InlineData("sign-conflicts", "--sign", "positive", "--sign does not apply to sign-conflicts (it compares the signs of a gene's correlations)")]
    [InlineData("traits-to-pathways", "--gene", "LIF", "--gene does not apply to traits-to-pathways")]
    public void An_option_that_means_nothing_to_the_question_is_refused_not_ignored(string question, string option, string value, string expected)
    {
        string[] gene = question == "papers-for-gene" ? ["--gene", "LIF"] : [];
        var run = GeneGraphProcess.Run(["query", _vault, question, option, value, .. gene]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("genegraph: error: " + expected, run.Stderr.Trim());
    }

    [Fact]
    public void Strongest_loci_without_a_trait_ranks_every_trait_together()
    {
        var thesis = RepoPaths.ThesisVault();
        var top = GeneGraphProcess.Run("query", thesis, "strongest-loci", "--limit", "10", "--format", "csv");
        var every = GeneGraphProcess.Run("query", thesis, "strongest-loci", "--limit", "100000", "--format", "csv");

        var topRows = Lines(top.Stdout).Skip(1).ToList();
        var absR = (string line) => double.Parse(line.Split(',')[4], CultureInfo.InvariantCulture);
        Assert.Equal(10, topRows.Count);
        Assert.Equal(Lines(every.Stdout).Skip(1).Select(absR).OrderDescending().Take(10), topRows.Select(absR));
        Assert.True(topRows.Select(l => l.Split(',')[0]).Distinct().Count() > 1, "the ten strongest come from several traits");
    }

    [Theory]
    [InlineData("traits", "trait", "mPAP")]
    [InlineData("genes", "gene", "LIF")]
    [InlineData("loci", "locus", "chr")]
    [InlineData("pathways", "pathway", "")]
    [InlineData("diseases", "disease", "")]
    [InlineData("goterms", "goterm", "")]
    [InlineData("papers", "paper", "")]
    public void Each_kind_can_be_listed_with_its_counts(string kind, string column, string first)
    {
        var run = GeneGraphProcess.Run("query", RepoPaths.ThesisVault(), kind, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.StartsWith(column + ",", lines[0]);
        Assert.True(lines.Count > 1);
        if (first.Length > 0) Assert.Contains(lines.Skip(1), l => l.StartsWith(first, StringComparison.Ordinal));
    }

    [Fact]
    public void The_trait_listing_counts_each_traits_genes_and_loci_most_first()
    {
        var run = GeneGraphProcess.Run("query", _vault, "traits", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Stdout);
        Assert.Equal("trait,genes,loci,maxAbsR", lines[0]);
        var counts = lines.Skip(1).Select(l => long.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Contains(lines, l => l.StartsWith("sPAP,", StringComparison.Ordinal));
    }

    public static TheoryData<string[]> EveryQuestion => new()
    {
        new[] { "traits-to-pathways" },
        new[] { "traits-to-diseases", "--trait", "mPAP" },
        new[] { "strongest-loci" },
        new[] { "gene-neighbourhood", "--gene", "MAOB" },
        new[] { "papers-for-gene", "--gene", "LIF" },
        new[] { "shared-pathways", "--trait", "sPAP", "--trait-b", "mPAP" },
        new[] { "traits-to-enriched-pathways", "--trait", "sPAP" },
        new[] { "sign-conflicts" },
        new[] { "enrichment", "--trait", "mPAP" },
        new[] { "traits" },
        new[] { "genes" },
        new[] { "papers" },
        new[] { "diseases" },
    };

    [Theory]
    [MemberData(nameof(EveryQuestion))]
    public void Every_table_fits_an_80_and_a_120_column_terminal_with_names_not_ids(string[] question)
    {
        foreach (var width in new[] { 80, 120 })
        {
            var run = GeneGraphProcess.RunWithEnvironment(new Dictionary<string, string?> { ["COLUMNS"] = width.ToString(CultureInfo.InvariantCulture) },
                ["query", RepoPaths.ThesisVault(), .. question, "--quiet"]);

            Assert.Equal(0, run.ExitCode);
            var lines = Lines(run.Stdout);
            Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} > {width}: {l}"));
            Assert.DoesNotContain("│ id ", lines[1]);
            Assert.Equal("", LongUrls(run.Stdout));
        }
    }

    [Fact]
    public void A_table_shows_a_pathways_name_once_and_CSV_keeps_its_id_and_name()
    {
        var table = GeneGraphProcess.Run("query", _vault, "traits-to-pathways", "--trait", "sPAP");
        var csv = GeneGraphProcess.Run("query", _vault, "traits-to-pathways", "--trait", "sPAP", "--format", "csv");

        Assert.Contains("│ pathway ", table.Stdout);
        Assert.DoesNotContain("│ name ", table.Stdout);
        Assert.DoesNotContain("erk_signaling", table.Stdout);
        Assert.Contains("ERK Signaling", table.Stdout);
        Assert.StartsWith("trait,pathway,name,", csv.Stdout);
        Assert.Contains("erk_signaling", csv.Stdout);
    }

    [Fact]
    public void A_long_URL_is_shortened_in_the_table_only()
    {
        var table = GeneGraphProcess.RunWithEnvironment(Columns80, "query", RepoPaths.ThesisVault(), "papers", "--quiet");
        var csv = GeneGraphProcess.Run("query", RepoPaths.ThesisVault(), "papers", "--format", "csv", "--quiet");

        var urls = Lines(csv.Stdout).Skip(1).Select(l => l.Split(',')[^2]).Where(u => u.Length > 40).ToList();
        Assert.NotEmpty(urls);
        Assert.Contains("consensus.app/…", table.Stdout);
        Assert.All(urls, u => Assert.DoesNotContain(u, table.Stdout));
    }

    /// <summary>Every whole URL longer than a table shows in the text (none should be there).</summary>
    private static string LongUrls(string text) =>
        string.Join(" ", text.Split([' ', '│', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.StartsWith("https://", StringComparison.Ordinal) && w.Length > 40));

    private static List<string> Lines(string text) =>
        text.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}
