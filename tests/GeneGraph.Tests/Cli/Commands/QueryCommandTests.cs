using System.Text.Json;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

public sealed class QueryCommandTests
{
    private readonly string _vault = RepoPaths.ExampleVault();

    [Fact]
    public void CSV_has_the_Cypher_columns_and_the_filtered_rows()
    {
        var run = GeneGraphProcess.Run("query", _vault, "strongest-loci", "--min-abs-r", "0.4", "--sign", "negative", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("trait,locus,gene,r,absR,plot", lines[0]);
        Assert.Equal(2, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",-0.", l));
        Assert.StartsWith("PA_sys,chr2:202401500-202401649,BMPR2,-0.41886015313124,", lines[1]);
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

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0a1b2c3d4e5f60718293a4b5c6d7e8f9", run.Stdout);
        Assert.Contains("1 row(s)", run.Stdout);
    }

    [Fact]
    public void A_question_without_its_parameter_is_a_usage_error()
    {
        var run = GeneGraphProcess.Run("query", _vault, "gene-neighbourhood");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("needs a gene", run.Stderr);
    }

    [Fact]
    public void An_unknown_question_is_a_usage_error()
    {
        var run = GeneGraphProcess.Run("query", _vault, "everything");
        Assert.Equal(2, run.ExitCode);
    }
}
