using System.Text.Json;
using System.Xml.Linq;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary><c>genegraph export</c> as a user runs it: where the graph goes, which format, what goes to stdout and stderr.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-cli-").FullName;
    private readonly string _vault = RepoPaths.ExampleVault();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_writes_GraphML_and_prints_diagnostics_on_stderr_only()
    {
        var output = Path.Combine(_folder, "sub", "example.graphml");
        var run = GeneGraphProcess.Run("export", _vault, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        // warnings are counted in one line (issue 15); ProgramTests.Verbose_and_check_list_every_warning lists them
        Assert.Contains($"{_vault}: 2 warnings not listed (1 GG104, 1 GG204)", run.Stderr);
        var graphml = XDocument.Load(output);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(38, graphml.Descendants(ns + "node").Count());
        Assert.Equal(44, graphml.Descendants(ns + "edge").Count());
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public void Dash_writes_JSON_to_stdout_and_the_format_option_wins()
    {
        var run = GeneGraphProcess.Run("export", _vault, "-o", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(38, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(44, json.RootElement.GetProperty("edges").GetArrayLength());
        Assert.Contains("2 warnings not listed (1 GG104, 1 GG204)", run.Stderr);
    }

    [Fact]
    public void The_format_comes_from_the_extension()
    {
        var output = Path.Combine(_folder, "graph.json");
        Assert.Equal(0, GeneGraphProcess.Run("export", _vault, "-o", output).ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        Assert.True(json.RootElement.TryGetProperty("edges", out _));
    }

    [Fact]
    public void An_unknown_extension_without_format_is_a_usage_error()
    {
        var output = Path.Combine(_folder, "graph.txt");
        var run = GeneGraphProcess.Run("export", _vault, "-o", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Stderr);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Unwritable_output_exits_with_three_and_leaves_nothing()
    {
        var blocker = Path.Combine(_folder, "file");
        File.WriteAllText(blocker, "x");
        var run = GeneGraphProcess.Run("export", _vault, "-o", Path.Combine(blocker, "graph.graphml"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("cannot write", run.Stderr);
    }
}
