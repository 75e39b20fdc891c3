using System.Text;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cli.Commands;

/// <summary>
/// <c>genegraph watch</c> as a user runs it, on real file edits in a temp copy of a vault. Every wait is for a line the
/// watch prints after an update; the outputs are compared with a fresh export after each line until they agree.
/// </summary>
public sealed class WatchCommandTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(3);
    private static readonly Dictionary<string, string?> Environment = [];

    public static TheoryData<string> Vaults => new() { "example", "thesis" };

    private static string Folder(string name) => name == "example" ? RepoPaths.ExampleVault() : RepoPaths.ThesisVault();

    private static bool EqualsFreshExport(string vault, params string[] outputs) =>
        outputs.All(o => File.Exists(o) && File.ReadAllBytes(o).AsSpan().SequenceEqual(FreshExport.ForFile(vault, o)));

    private static string[] TempFiles(string folder) => Directory.GetFileSystemEntries(folder, "*.tmp", SearchOption.AllDirectories);

    [Theory]
    [MemberData(nameof(Vaults))]
    public async Task Watch_keeps_every_output_equal_to_a_fresh_export_through_saves_bursts_deletions_and_half_written_notes(string name)
    {
        using var vault = TempVault.CopyOf(Folder(name));
        using var output = new TempVault();
        var json = Path.Combine(output.Root, "graph.json");
        var graphml = Path.Combine(output.Root, "graph.graphml");
        await using var watch = GeneGraphProcess.Start(Environment, "watch", vault.Root, "-o", json, "-o", graphml, "--debounce", "300");
        Assert.Contains("watching ", await watch.NextLineAsync(Long));
        Assert.True(EqualsFreshExport(vault.Root, json, graphml), watch.Transcript);
        async Task Settled()
        {
            if (!EqualsFreshExport(vault.Root, json, graphml))
                await watch.WaitForAsync(_ => EqualsFreshExport(vault.Root, json, graphml), Long);
        }

        // An Obsidian save: the new text goes to a temp file, which is renamed over the note.
        var note = Directory.EnumerateFiles(vault.Root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(f => File.ReadAllText(f) is var text && text.Contains("# Plots", StringComparison.Ordinal) && text.Contains("X0.", StringComparison.Ordinal));
        var temp = Path.Combine(Path.GetDirectoryName(note)!, "." + Path.GetFileName(note) + ".tmp");
        File.WriteAllText(temp, File.ReadAllText(note).Replace("X0.", "X-0.", StringComparison.Ordinal));
        File.Move(temp, note, overwrite: true);
        Assert.Contains("~1", await watch.NextLineAsync(Long));
        Assert.NotEqual(FreshExport.ForFile(Folder(name), json), FreshExport.ForFile(vault.Root, json)); // the save changed the graph
        await Settled();

        // A burst of 500 new gene notes: one update or a few.
        var before = watch.Lines.Count;
        for (var i = 0; i < 500; i++)
            vault.Write($"Burst/BG{i:000}.md", $"# Plots\n## sPAP\n![[X0.{i + 1:000}_ENSG00000128342_chr22.1.2.png]]\n");
        await Settled();
        Assert.InRange(watch.Lines.Count - before, 1, 25);

        // Deletions: a note, and a whole folder.
        File.Delete(note);
        Directory.Delete(Path.Combine(vault.Root, "Burst"), recursive: true);
        await Settled();

        // A note written in two parts, cut inside a character: the watch waits for the rest.
        var whole = Encoding.UTF8.GetBytes("# Plots\n## sPAP → mPAP\n![[X0.42_ENSG00000128342_chr22.1.2.png]]\n");
        var half = vault.Write("Genes/HALF1.md", whole[..(Array.IndexOf(whole, (byte)0xE2) + 1)]);
        await watch.WaitForAsync(line => line.Contains("waiting for Genes/HALF1.md", StringComparison.Ordinal), Long);
        File.WriteAllBytes(half, whole);
        await Settled();

        watch.Interrupt();
        Assert.Equal(0, await watch.WaitForExitAsync(Long));
        Assert.EndsWith("stopped", watch.Lines[^1]);
        Assert.Empty(TempFiles(output.Root));
        Assert.True(EqualsFreshExport(vault.Root, json, graphml), watch.Transcript);
    }

    [Fact]
    public async Task Ctrl_C_right_after_an_edit_leaves_every_output_complete_and_no_temp_files()
    {
        using var vault = TempVault.CopyOf(RepoPaths.ExampleVault());
        using var output = new TempVault();
        var files = new[] { "graph.json", "graph.graphml", "graph.cyjs", "graph.cypher" }.Select(f => Path.Combine(output.Root, f)).ToArray();
        var bundle = Path.Combine(output.Root, "bundle");
        await using var watch = GeneGraphProcess.Start(Environment, ["watch", vault.Root, .. files.SelectMany(f => new[] { "-o", f }), "--debounce", "1"]);
        await using var bundleWatch = GeneGraphProcess.Start(Environment, "watch", vault.Root, "-o", bundle, "--format", "neo4j-import", "--debounce", "1");
        await watch.NextLineAsync(Long);
        await bundleWatch.NextLineAsync(Long);
        var old = files.Select(f => FreshExport.ForFile(vault.Root, f)).ToList();

        File.AppendAllText(Path.Combine(vault.Root, "Genes", "LIF.md"), "\n# Plots\n## mPAP\n![[X-0.77_ENSG00000128342_chr22.1.2.png]]\n");
        watch.Interrupt();
        bundleWatch.Interrupt();

        Assert.Equal(0, await watch.WaitForExitAsync(Long));
        Assert.Equal(0, await bundleWatch.WaitForExitAsync(Long));
        Assert.EndsWith("stopped", watch.Lines[^1]);
        Assert.Empty(TempFiles(output.Root));
        Assert.Empty(Directory.GetDirectories(output.Root, ".*"));
        var fresh = files.Select(f => FreshExport.ForFile(vault.Root, f)).ToList();
        for (var i = 0; i < files.Length; i++)
        {
            var written = File.ReadAllBytes(files[i]);
            Assert.True(written.AsSpan().SequenceEqual(old[i]) || written.AsSpan().SequenceEqual(fresh[i]), $"{files[i]} is neither the old nor the new export");
        }
        Assert.True(File.Exists(Path.Combine(bundle, "import.sh")), bundleWatch.Transcript);
    }

    [Fact]
    public async Task Watch_takes_the_read_limits_of_the_other_commands_at_the_first_build_and_at_every_update()
    {
        const string good = "# Plots\n## sPAP\n![[X0.5_ENSG00000000007_chr1.100.200.png]]\n";
        const string big = "# Plots\n## sPAP\n![[X0.4_ENSG00000000009_chr1.300.400.png]]\n";
        var padding = new string('x', 5000);
        using var vault = new TempVault();
        vault.Write("Good/GOOD.md", good);
        vault.Write("Good/BIG.md", big + padding);
        using var output = new TempVault();
        var json = Path.Combine(output.Root, "graph.json");
        bool Holds(string gene) => File.ReadAllText(json).Contains($"\"Gene:{gene}\"", StringComparison.Ordinal);
        await using var watch = GeneGraphProcess.Start(Environment, "watch", vault.Root, "-o", json, "--max-note-size", "4K", "--debounce", "1");

        Assert.Contains("watching ", await watch.NextLineAsync(Long));
        Assert.True(Holds("GOOD") && !Holds("BIG"), watch.Transcript);

        void Save(string note, string text) => File.Move(vault.Write($"Good/.{note}.tmp", text), Path.Combine(vault.Root, "Good", note), overwrite: true);
        Save("BIG.md", big); // now below the limit: read
        if (!Holds("BIG")) await watch.WaitForAsync(_ => Holds("BIG"), Long);
        Save("GOOD.md", good + padding); // now above it: refused, its gene gone
        if (Holds("GOOD")) await watch.WaitForAsync(_ => !Holds("GOOD"), Long);

        watch.Interrupt();
        Assert.Equal(0, await watch.WaitForExitAsync(Long));
        Assert.Contains("Good/BIG.md: error GG001: the note is too large: 5,", watch.Stderr);
        Assert.Contains("Good/GOOD.md: error GG001: the note is too large: 5,", watch.Stderr);
        Assert.Contains("more than the limit of 4,096 bytes", watch.Stderr);
    }

    [Fact]
    public void Watch_without_a_target_or_with_standard_output_is_refused()
    {
        var none = GeneGraphProcess.Run("watch", RepoPaths.ExampleVault());
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("watch needs at least one target", none.Stderr);

        var stdout = GeneGraphProcess.Run("watch", RepoPaths.ExampleVault(), "-o", "-");
        Assert.Equal(2, stdout.ExitCode);
        Assert.Contains("give -o a file", stdout.Stderr);
    }

    [Fact]
    public void Watch_of_a_missing_vault_exits_3()
    {
        using var output = new TempVault();
        var run = GeneGraphProcess.Run("watch", Path.Combine(output.Root, "nowhere"), "-o", Path.Combine(output.Root, "g.json"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
    }
}
