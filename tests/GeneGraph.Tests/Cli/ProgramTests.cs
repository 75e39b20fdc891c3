using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli;

/// <summary>The command line as a whole: help, version, usage errors and exit codes shared by every command.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-cli-").FullName;
    private readonly string _vault = RepoPaths.ExampleVault();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_missing_vault_exits_with_three()
    {
        var run = GeneGraphProcess.Run("check", Path.Combine(_folder, "no-such-vault"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = GeneGraphProcess.Run("export", _vault, "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("genegraph: error:", run.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("export", "--help")]
    [InlineData("check", "--help")]
    public void Every_command_has_help(params string[] arguments)
    {
        var run = GeneGraphProcess.Run(arguments);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
        Assert.Contains("genegraph", run.Stdout);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var run = GeneGraphProcess.Run("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("0.1.0", run.Stdout.Trim());
    }
}
