using GeneGraph.Cli;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli;

/// <summary>Help that ends with real examples, and shell completion through System.CommandLine's [suggest] protocol.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Commands => new() { "genegraph", "export", "check", "load", "query", "view", "watch" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_commands_help_ends_with_two_or_three_examples(string command)
    {
        var run = command == CommandLine.Name ? GeneGraphProcess.Run("--help") : GeneGraphProcess.Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var examples = lines.Skip(lines.IndexOf("Examples:") + 1).ToList();
        Assert.Contains("Examples:", lines);
        Assert.InRange(examples.Count, 2, 3);
        Assert.All(examples, e => Assert.Contains("genegraph ", e));
        Assert.Equal(Examples.For(command).Select(e => "  " + e), examples);
    }

    [Fact]
    public void Every_example_parses_without_an_error()
    {
        var root = CommandLine.Create();
        foreach (var example in Examples.All.Values.SelectMany(e => e))
        {
            var words = Words(example);
            Assert.Null(CommandLine.UsageError(root, root.Parse(words)));
        }
    }

    [Fact]
    public void Every_example_that_needs_no_server_runs_on_the_example_vault()
    {
        // the examples name examples/vault and out/: run them where examples/vault is the repository's example vault
        Directory.CreateDirectory(Path.Combine(_folder, "examples"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "examples", "vault"), RepoPaths.ExampleVault());
        var local = Examples.All.Values.SelectMany(e => e).Distinct()
            .Where(e => !e.Contains("--uri", StringComparison.Ordinal) && !e.StartsWith("genegraph watch", StringComparison.Ordinal) && !e.Contains("load", StringComparison.Ordinal))
            .ToList();
        Assert.True(local.Count >= 10, string.Join("\n", local));
        foreach (var example in local)
        {
            var run = GeneGraphProcess.RunIn(_folder, new Dictionary<string, string?>(), Words(example));
            Assert.True(run.ExitCode == 0, $"{example}: exit {run.ExitCode}\n{run.Stderr}");
        }
        Assert.True(File.Exists(Path.Combine(_folder, "out", "example.graphml")));
    }

    [Theory]
    [InlineData("genegraph exp", "export")]
    [InlineData("genegraph query examples/vault strongest-l", "strongest-loci")]
    [InlineData("genegraph export examples/vault --format cyj", "cyjs")]
    [InlineData("genegraph query examples/vault traits --sign neg", "negative")]
    public void The_suggest_directive_completes_commands_questions_and_values(string line, string expected)
    {
        var run = GeneGraphProcess.Run($"[suggest:{line.Length}]", line);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Stdout.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    /// <summary>The command line's words after <c>genegraph</c> (the examples quote nothing; a NEO4J_PASSWORD=… prefix is the shell's).</summary>
    private static string[] Words(string example) =>
        example.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w != CommandLine.Name).Skip(1).ToArray();
}
