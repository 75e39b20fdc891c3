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
    public void A_file_given_as_the_vault_is_called_a_file()
    {
        var note = Path.Combine(_vault, "Genes", "LIF.md");
        var run = GeneGraphProcess.Run("check", note);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"genegraph: error: '{note}' is a file; give the vault's folder (the one that holds the notes)", run.Stderr.Trim());
    }

    [Fact]
    public void A_mistyped_command_is_one_line_naming_the_nearest()
    {
        var run = GeneGraphProcess.Run("exprot", _vault, "-o", Path.Combine(_folder, "x.graphml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("genegraph: error: 'exprot' is not a command; did you mean 'export'? (export, check, load, query, view, watch); see 'genegraph --help'",
            run.Stderr.Trim());
    }

    [Theory]
    [InlineData("pdf", "genegraph: error: 'pdf' is not a valid --format; one of: graphml, json, cypher, cypher-3, cyjs, neo4j-import, kgx, kgx-jsonl (see 'genegraph export --help')")]
    [InlineData("jsn", "genegraph: error: 'jsn' is not a valid --format; did you mean 'json'? (graphml, json, cypher, cypher-3, cyjs, neo4j-import, kgx, kgx-jsonl) (see 'genegraph export --help')")]
    public void A_mistyped_format_is_one_line(string format, string expected)
    {
        var run = GeneGraphProcess.Run("export", _vault, "-o", Path.Combine(_folder, "x.graphml"), "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.Stderr.Trim());
    }

    [Fact]
    public void A_mistyped_option_names_the_nearest()
    {
        var run = GeneGraphProcess.Run("export", _vault, "-o", Path.Combine(_folder, "x.graphml"), "--formt", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("genegraph: error: unknown option '--formt'; did you mean '--format'? (see 'genegraph export --help')", run.Stderr.Trim());
    }

    [Fact]
    public void An_http_uri_is_refused_in_the_users_words_before_the_vault_is_read()
    {
        var run = GeneGraphProcess.Run("load", Path.Combine(_folder, "no-such-vault"), "--uri", "http://localhost:7474");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("genegraph: error: --uri: Unsupported URI scheme 'http'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc (see 'genegraph load --help')",
            run.Stderr.Trim());
        Assert.DoesNotContain("Parameter", run.Stderr);
    }

    [Theory]
    [InlineData("export", "--derived", "enrichmint")]
    [InlineData("export", "--min-abs-r", "1.5")]
    [InlineData("query", "--limit", "-3")]
    [InlineData("query", "--sign", "up")]
    public void A_bad_value_is_refused_before_the_vault_is_read(string command, string option, string value)
    {
        // the vault does not exist: a refusal of the value (exit 2) proves it came before reading (exit 3)
        string[] rest = command == "export" ? ["-o", Path.Combine(_folder, "x.graphml")] : ["strongest-loci"];
        var run = GeneGraphProcess.Run([command, Path.Combine(_folder, "no-such-vault"), .. rest, option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains(value, run.Stderr);
    }

    [Theory]
    [InlineData("/proc/genegraph-test.graphml", "graphml")]
    [InlineData("/proc/genegraph-test-bundle", "neo4j-import")]
    public void A_target_that_cannot_be_written_is_named_as_the_user_named_it_never_as_the_temp_file(string target, string format)
    {
        var run = GeneGraphProcess.Run("export", _vault, "-o", target, "--format", format);

        Assert.Equal(3, run.ExitCode);
        var error = Assert.Single(run.Stderr.Split('\n'), l => l.StartsWith("genegraph: error:", StringComparison.Ordinal));
        Assert.Contains($"'{target}'", error);
        Assert.DoesNotContain(".tmp", error);
    }

    [Fact]
    public void By_default_warnings_are_one_line_counted_by_code()
    {
        var run = GeneGraphProcess.Run("export", _vault, "-o", Path.Combine(_folder, "x.graphml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
        [
            $"{_vault}: 2 warnings not listed (1 GG104, 1 GG204); --verbose lists them, as 'genegraph check' does",
            $"wrote 38 nodes and 44 edges from 5 gene notes (8 notes) to {Path.Combine(_folder, "x.graphml")}",
        ], run.Stderr.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData(null)]
    public void Verbose_and_check_list_every_warning(string? verbose)
    {
        var run = verbose is null
            ? GeneGraphProcess.Run("check", _vault)
            : GeneGraphProcess.Run("export", _vault, "-o", Path.Combine(_folder, "x.graphml"), verbose);

        var warnings = run.Stderr.Split('\n').Where(l => l.Contains(": warning GG", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.StartsWith("Genes/MALAT1.md:19: warning GG204:", StringComparison.Ordinal));
        Assert.DoesNotContain("not listed", run.Stderr);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("query")]
    [InlineData("view")]
    public void Quiet_prints_nothing_but_errors(string command)
    {
        string[] rest = command switch
        {
            "export" => ["-o", Path.Combine(_folder, "x.graphml")],
            "view" => ["-o", Path.Combine(_folder, "x.html")],
            _ => ["enrichment"],
        };
        var run = GeneGraphProcess.Run([command, _vault, .. rest, "--quiet"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Quiet_still_prints_the_errors()
    {
        var run = GeneGraphProcess.Run("export", _vault, "-o", "/proc/genegraph-test.graphml", "-q");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith("genegraph: error: cannot write '/proc/genegraph-test.graphml'", run.Stderr);
    }

    [Fact]
    public void A_vault_without_gene_notes_gets_a_warning()
    {
        var notes = Directory.CreateDirectory(Path.Combine(_folder, "not-a-vault")).FullName;
        File.WriteAllText(Path.Combine(notes, "shopping.md"), "# Shopping\n\n- milk\n- bread\n");
        File.WriteAllText(Path.Combine(notes, "2024-11-05.md"), "# Tuesday\n\nNothing today.\n");

        var run = GeneGraphProcess.Run("check", notes);
        var strict = GeneGraphProcess.Run("export", notes, "-o", Path.Combine(_folder, "x.json"), "--strict");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(".: warning GG006: no gene note among the 2 note(s) read, so the graph is empty", run.Stderr);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("1 warning not listed (1 GG006)", strict.Stderr);
    }

    [Fact]
    public void Quiet_and_verbose_together_are_refused()
    {
        var run = GeneGraphProcess.Run("check", _vault, "--quiet", "--verbose");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--quiet and --verbose", run.Stderr);
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
