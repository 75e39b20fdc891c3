using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph check</c>: the summary and <c>--strict</c>.</summary>
public sealed class CheckCommandTests
{
    private readonly string _vault = RepoPaths.ExampleVault();

    [Fact]
    public void Check_summarises_notes_nodes_and_edges()
    {
        var run = GeneGraphProcess.Run("check", _vault);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("notes read:   8", run.Stdout);
        Assert.Contains("gene notes:   5", run.Stdout);
        Assert.Contains("CORRELATES_WITH    10", run.Stdout);
        Assert.Contains("0 error(s), 2 warning(s)", run.Stdout);
    }

    [Fact]
    public void Strict_turns_warnings_into_exit_code_one()
    {
        var run = GeneGraphProcess.Run("check", _vault, "--strict");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("warning GG104", run.Stderr);
    }

    [Fact]
    public void The_gene_table_shipped_inside_reports_the_thesis_vaults_loci_outside_their_genes_and_changes_no_count()
    {
        var thesis = RepoPaths.ThesisVault();
        var plain = GeneGraphProcess.Run("check", thesis);
        var checkedRun = GeneGraphProcess.Run("check", thesis, "--gene-table", "builtin");
        Assert.Equal(0, checkedRun.ExitCode);
        var found = checkedRun.Stderr.Split('\n').Where(l => l.Contains(": warning GG4", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, found.Count);
        Assert.All(found, l => Assert.Contains("warning GG404", l, StringComparison.Ordinal));
        Assert.Contains("CD72.md:3: warning GG404: locus chr9:35647700-35647749", checkedRun.Stderr, StringComparison.Ordinal);
        // only diagnostics are added: the same graph
        Assert.Equal(plain.Stdout.Split('\n').Where(l => !l.StartsWith("diagnostics:", StringComparison.Ordinal)),
            checkedRun.Stdout.Split('\n').Where(l => !l.StartsWith("diagnostics:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_gene_table_that_cannot_be_read_is_an_error_with_exit_code_three()
    {
        var run = GeneGraphProcess.Run("check", _vault, "--gene-table", Path.Combine(Path.GetTempPath(), $"no-such-table-{Guid.NewGuid():N}.tsv"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("genegraph: error: cannot read the gene table", run.Stderr, StringComparison.Ordinal);
    }
}
