using System.Text;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Robustness;

/// <summary>
/// The cases of issue 16, each through the CLI as a process, each beside a good note that must still be exported:
/// links out of the vault and into it again, a note too large to read, a path longer than PATH_MAX, a file name
/// that would forge a diagnostic line, millions of diagnostics, deep nesting, and a bug's own exit code.
/// </summary>
public class HostileVaultCliTests
{
    private const string GoodNote = "# Plots\n## sPAP\n![[X0.5_ENSG00000000007_chr1.100.200.png]]\n";

    private static TempVault VaultWithGoodNote()
    {
        var vault = new TempVault();
        vault.Write("Good/GOOD.md", GoodNote);
        return vault;
    }

    /// <summary>
    /// Exports the vault as JSON, asserts the good note is in it, and returns the run. With --verbose: these tests are
    /// about the lines listed (escaped, capped per note); by default warnings are counted in one line.
    /// </summary>
    private static ChildProcess.Result ExportKeepingGood(TempVault vault, params string[] extra)
    {
        var output = Path.Combine(vault.Root, ".out.json"); // hidden: not a note
        var run = GeneGraphProcess.Run(["export", vault.Root, "-o", output, "--verbose", .. extra]);
        Assert.True(run.ExitCode is 0 or 1, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("\"Gene:GOOD\"", File.ReadAllText(output));
        return run;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_link_to_the_root_folder_is_not_followed_and_says_so()
    {
        using var vault = VaultWithGoodNote();
        Directory.CreateSymbolicLink(Path.Combine(vault.Root, "root"), "/");
        Directory.CreateSymbolicLink(Path.Combine(vault.Root, "sys"), "/sys/kernel");
        Directory.CreateSymbolicLink(Path.Combine(vault.Root, "self"), vault.Root);

        var run = ExportKeepingGood(vault);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("root: warning GG005: the folder link leads to '/', the vault itself or a folder above it", run.Stderr);
        Assert.Contains("self: warning GG005: the folder link leads to", run.Stderr);
        Assert.Contains("sys: warning GG005: the folder link leads to '/sys/kernel', inside /sys", run.Stderr);
        Assert.Contains("(1 notes)", run.Stderr);
    }

    [Fact]
    public void An_outside_folder_holding_a_link_to_its_parent_is_read_once()
    {
        using var vault = VaultWithGoodNote();
        using var outside = new TempVault();
        outside.Write("shared/SHARED.md", "# Plots\n## mPAP\n![[X0.4_ENSG00000000008_chr2.100.200.png]]\n");
        Directory.CreateDirectory(Path.Combine(outside.Root, "shared", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(outside.Root, "shared", "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(vault.Root, "linked"), Path.Combine(outside.Root, "shared"));

        var run = ExportKeepingGood(vault);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("from 2 gene notes (2 notes)", run.Stderr);
        var json = File.ReadAllText(Path.Combine(vault.Root, ".out.json"));
        Assert.Contains("\"path\": \"linked/SHARED.md\"", json);
        Assert.DoesNotContain("up/SHARED.md", json);
    }

    [Fact]
    public void A_sparse_note_of_1_1_GB_is_refused_unread_as_too_large()
    {
        using var vault = VaultWithGoodNote();
        using (var sparse = File.Create(Path.Combine(vault.Root, "HUGE.md")))
            sparse.SetLength(1_100_000_000); // sparse: never written, takes no disk

        var run = ExportKeepingGood(vault);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("HUGE.md: error GG001: the note is too large: 1049 MB (1,100,000,000 bytes), more than the limit of 64 MB (67,108,864 bytes) (--max-note-size)", run.Stderr);
    }

    [Fact]
    public void A_note_above_max_note_size_is_refused_and_one_below_is_read()
    {
        using var vault = VaultWithGoodNote();
        vault.Write("Good/BIG.md", GoodNote.Replace("ENSG00000000007", "ENSG00000000009", StringComparison.Ordinal) + new string('x', 5000));

        var refused = ExportKeepingGood(vault, "--max-note-size", "4K");
        Assert.Contains("Good/BIG.md: error GG001: the note is too large: 5,", refused.Stderr);
        Assert.Contains("more than the limit of 4,096 bytes", refused.Stderr);
        Assert.Equal(0, ExportKeepingGood(vault, "--max-note-size", "1M").ExitCode);
    }

    [Fact]
    public void A_folder_deeper_than_PATH_MAX_is_reported_and_the_rest_exported()
    {
        using var vault = VaultWithGoodNote();
        // Made with relative steps (mkdir -p and cd), since no absolute path that long can be passed to the kernel.
        var segment = new string('d', 200);
        var script = $"cd '{vault.Root}' && for i in $(seq 1 22); do mkdir {segment} && cd {segment} || exit 1; done && printf '{GoodNote.Replace("\n", "\\n", StringComparison.Ordinal)}' > DEEP.md";
        try
        {
            Assert.Equal(0, ChildProcess.Run("bash", ["-c", script]).ExitCode);

            var run = ExportKeepingGood(vault);

            Assert.Equal(1, run.ExitCode);
            var line = Assert.Single(Lines(run.Stderr), l => l.Contains("GG001", StringComparison.Ordinal));
            Assert.StartsWith(segment + "/", line);
            Assert.Contains("error GG001: cannot", line);
        }
        finally
        {
            ChildProcess.Run("rm", ["-rf", vault.Root]); // Directory.Delete cannot reach that deep
        }
    }

    [Fact]
    public void A_file_name_with_a_newline_cannot_forge_a_diagnostic_line()
    {
        using var vault = VaultWithGoodNote();
        vault.Write("x\nFAKE.md:9: error GG001: forged.md", "![[X0.5_ENSG00000000001_chr1.1.2.png]]\n");

        var run = ExportKeepingGood(vault);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Lines(run.Stderr), l => l.StartsWith("FAKE.md", StringComparison.Ordinal));
        Assert.Contains("x\\nFAKE.md:9: error GG001: forged.md:1: warning GG104: ", run.Stderr);
    }

    [Fact]
    public void The_one_line_summary_counts_the_warnings_over_the_per_note_cap_too()
    {
        using var vault = VaultWithGoodNote();
        vault.Write("MANY.md", string.Concat(Enumerable.Repeat("![[X0.5_ENSG00000000001_chr1.1.2.png]]", 250)) + "\n");

        var run = GeneGraphProcess.Run("export", vault.Root, "-o", Path.Combine(vault.Root, ".out.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{vault.Root}: 250 warnings not listed (250 GG104); --verbose lists them, as 'genegraph check' does", Lines(run.Stderr)[0]);
        Assert.DoesNotContain("MANY.md", run.Stderr);
    }

    [Fact]
    public void Two_million_plots_outside_a_Plots_section_print_one_hundred_lines_and_a_count()
    {
        using var vault = VaultWithGoodNote();
        var line = new StringBuilder(80_000_000);
        for (var i = 0; i < 2_000_000; i++) line.Append("![[X0.5_ENSG00000000001_chr1.1.2.png]]");
        vault.Write("MANY.md", line.Append('\n').ToString());
        line.Clear();

        var run = ExportKeepingGood(vault, "--max-note-size", "100M");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(run.Stderr);
        Assert.Equal(100, lines.Count(l => l.StartsWith("MANY.md:1: warning GG104: ", StringComparison.Ordinal)));
        Assert.Contains("MANY.md: warning GG104: … and 1,999,900 more GG104 in MANY.md", lines);
    }

    [Fact]
    public void A_list_or_quote_nested_3000_levels_deep_is_refused_before_Markdig()
    {
        using var vault = VaultWithGoodNote();
        vault.Write("Deep/INDENT.md", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- x\n")));
        vault.Write("Deep/MARKERS.md", string.Concat(Enumerable.Repeat("- ", 3000)) + "x\n");
        vault.Write("Deep/QUOTES.md", string.Concat(Enumerable.Repeat("> ", 3000)) + "x\n");
        vault.Write("Deep/LINKS.md", string.Concat(Enumerable.Repeat("[a](", 100_000)));
        vault.Write("Deep/TICKS.md", string.Concat(Enumerable.Range(1, 4000).Select(i => new string('`', i) + "a")));

        var run = ExportKeepingGood(vault);

        Assert.Equal(1, run.ExitCode);
        foreach (var note in new[] { "INDENT", "MARKERS", "QUOTES", "LINKS", "TICKS" })
            Assert.Contains($"Deep/{note}.md: error GG003: the note is not read: ", run.Stderr);
        Assert.Contains("Deep/INDENT.md: error GG003: the note is not read: line 129 nests lists or quotes", run.Stderr);
    }

    [Fact]
    public void A_pasted_image_under_a_trait_heading_is_named_and_the_plot_beside_it_kept()
    {
        using var vault = VaultWithGoodNote();
        vault.Write("Genes/PASTE.md", "# Plots\n## mPAP\n![[Pasted image 20261101093000.png]]\n![[X0.3_ENSG00000000002_chr3.1.2.png]]\n");

        var run = ExportKeepingGood(vault);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Genes/PASTE.md:3: warning GG107: image 'Pasted image 20261101093000.png' under trait 'mPAP' (line 2) is not a plot", run.Stderr);
        Assert.Contains("\"Gene:PASTE\"", File.ReadAllText(Path.Combine(vault.Root, ".out.json")));
    }

    [Fact]
    public void A_DOI_ending_a_sentence_merges_with_the_same_DOI_cited_elsewhere()
    {
        using var vault = VaultWithGoodNote();
        const string Doi = "https://doi.org/10.1161/CIRCULATIONAHA.117.028069";
        vault.Write("Genes/ONE.md", GoodNote + $"\n# Consensus\nOne is raised in PAH [{Doi}.]({Doi}.)\n");
        vault.Write("Genes/TWO.md", GoodNote + $"\n# Consensus\nTwo is raised in PAH <{Doi}.>\n");
        vault.Write("Genes/THREE.md", GoodNote + $"\n# Consensus\nThree is raised in PAH {Doi}.\n");

        ExportKeepingGood(vault);

        var json = File.ReadAllText(Path.Combine(vault.Root, ".out.json"));
        Assert.Contains($"\"Paper:{Doi}\"", json);
        Assert.DoesNotContain($"{Doi}.", json);
        foreach (var gene in new[] { "ONE", "TWO", "THREE" })
            Assert.Contains($"\"Paper:{Doi}|MENTIONS|Gene:{gene}\"", json);
    }

    [Fact]
    public void A_walk_past_max_notes_stops_with_GG004()
    {
        using var vault = VaultWithGoodNote();
        vault.Write("Z/A.md", "a\n");
        vault.Write("Z/B.md", "b\n");

        var run = GeneGraphProcess.Run("check", vault.Root, "--max-notes", "2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Z/B.md: error GG004: the vault holds more than 2 notes (--max-notes); the walk stopped here", run.Stderr);
        Assert.Contains("notes read:   2", run.Stdout);
    }

    [Fact]
    public void A_bug_exits_70_with_one_line_naming_the_note_and_the_trace_only_when_verbose()
    {
        using var vault = VaultWithGoodNote();
        var environment = new Dictionary<string, string?> { [NoteFailedException.InjectionVariable] = "Good/GOOD.md" };

        var quiet = GeneGraphProcess.RunWithEnvironment(environment, "check", vault.Root);
        var verbose = GeneGraphProcess.RunWithEnvironment(environment, "check", vault.Root, "--verbose");

        Assert.Equal(70, quiet.ExitCode);
        var line = Assert.Single(Lines(quiet.Stderr));
        Assert.StartsWith("genegraph: internal error while reading 'Good/GOOD.md': InvalidOperationException: failure injected", line);
        Assert.Contains("please report it with that note (--verbose prints the stack trace)", line);
        Assert.Equal(70, verbose.ExitCode);
        Assert.Contains("   at GeneGraph.Pipeline.VaultGraph.ExtractNote", verbose.Stderr);
    }
}
