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
}
