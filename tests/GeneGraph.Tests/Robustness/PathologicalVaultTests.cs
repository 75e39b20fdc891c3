using System.Text;
using System.Text.Json;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Robustness;

/// <summary>
/// Hostile vault content, generated in a temp vault: the CLI must not crash, must stay within bounded memory,
/// must name each bad file in a diagnostic, and must still export every good note.
/// </summary>
public class PathologicalVaultTests
{
    /// <summary>A small gene note named by its file (no summary headings), with one plot of its own gene.</summary>
    private static string GeneNote(int n, string extra = "") =>
        $"# Plots\n## sPAP\n![[X0.5_ENSG{n:D11}_chr1.{n}.{n + 10}.png]]\n{extra}";

    private static readonly (string File, string Symbol)[] GoodNames =
    [
        ("Good/plain.md", "PLAIN"),
        ("Good/with space.md", "WITH SPACE"),
        ("Good/ünï¢ødé 遺伝子 🧬.md", "ÜNÏ¢ØDÉ 遺伝子 🧬"),
        ("Good/new\nline.md", "NEW\nLINE"),
        ("Good/tab\tand 'quotes\" & <xml>.md", "TAB\tAND 'QUOTES\" & <XML>"),
    ];

    [Fact]
    public void A_vault_of_hostile_files_exports_every_good_note_within_bounded_memory()
    {
        using var vault = new TempVault();
        for (var i = 0; i < GoodNames.Length; i++)
            vault.Write(GoodNames[i].File, GeneNote(100 + i));

        // A binary file named .md: random bytes, invalid UTF-8 among them.
        var random = new Random(20261128);
        var binary = new byte[64 * 1024];
        random.NextBytes(binary);
        binary[10] = 0xFF;
        vault.Write("Bad/binary.md", binary);
        // NUL bytes inside an otherwise good gene note: still exported.
        vault.Write("Bad/NULS.md", GeneNote(200, "text \0 with \0\0 NULs\n"));
        // One 100 MB line.
        vault.Write("Bad/line.md", Encoding.ASCII.GetBytes(new string('x', 100_000_000)));
        // 100k nested list levels and 100k nested blockquote levels.
        vault.Write("Bad/nested-list.md", string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n");
        vault.Write("Bad/nested-indent.md", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', 2 * i) + "- x\n")));
        vault.Write("Bad/nested-quote.md", string.Concat(Enumerable.Repeat(">", 100_000)) + " x\n");
        // A million headings.
        vault.Write("Bad/headings.md", new StringBuilder(4_000_000).Insert(0, "# h\n", 1_000_000).ToString());
        // An unclosed code fence: the plot before it counts, the one inside does not.
        vault.Write("Bad/FENCE.md", GeneNote(300, "```\n![[X0.9_ENSG00000000301_chr1.1.2.png]]\n"));
        // 10k plots in one note.
        var plots = new StringBuilder("# Plots\n## sPAP\n");
        for (var i = 0; i < 10_000; i++) plots.Append($"![[X0.{i % 9 + 1}_ENSG00000000400_chr2.{i * 100}.{i * 100 + 50}.png]]\n");
        vault.Write("Bad/MANY.md", plots.ToString());
        // A symlink loop of folders, a loop of file links, a dangling link.
        Directory.CreateSymbolicLink(Path.Combine(vault.Root, "Bad", "loop"), "..");
        File.CreateSymbolicLink(Path.Combine(vault.Root, "Bad", "LOOPA.md"), "LOOPB.md");
        File.CreateSymbolicLink(Path.Combine(vault.Root, "Bad", "LOOPB.md"), "LOOPA.md");
        File.CreateSymbolicLink(Path.Combine(vault.Root, "Bad", "dangling.md"), "nowhere.md");
        // Unreadable, honestly, as root (chmod 000 does not stop root): a FIFO named fifo.md (opening it would
        // block for ever), and a folder named dir.md (walked as a folder).
        vault.WriteFifo("Bad/fifo.md");
        Directory.CreateDirectory(Path.Combine(vault.Root, "Bad", "dir.md"));

        var output = Path.Combine(vault.Root, ".out", "graph.json");
        // --verbose: every bad file must be named, warnings (GG002) too; by default they are counted in one line
        var run = PeakMemory.RunCli("export", vault.Root, "-o", output, "--verbose");

        Assert.Equal(1, run.ExitCode); // errors were reported (GG001, GG003), the export was written
        Assert.DoesNotContain("Unhandled exception", run.Stderr);
        // Bounded memory: measured about 1.2 GB on the reference machine for ~110 MB of input, most of it the
        // 100 MB line (bytes + UTF-16 text) and the million heading blocks; the bound leaves room, not infinity.
        Assert.InRange(run.PeakKiB, 1, 3L * 1024 * 1024);

        var lines = run.Stderr.Split('\n');
        void Names(string path, string code) =>
            Assert.Contains(lines, l => l.StartsWith(path + ":", StringComparison.Ordinal) && l.Contains($" {code}: ", StringComparison.Ordinal));
        Names("Bad/binary.md", "GG002");
        Names("Bad/nested-list.md", "GG003");
        Names("Bad/nested-indent.md", "GG003");
        Names("Bad/nested-quote.md", "GG003");
        Names("Bad/LOOPA.md", "GG001");
        Names("Bad/LOOPB.md", "GG001");
        Names("Bad/dangling.md", "GG001");
        Names("Bad/fifo.md", "GG001");

        using var json = JsonDocument.Parse(File.ReadAllBytes(output));
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, symbol) in GoodNames)
            Assert.Contains("Gene:" + symbol, nodes);
        Assert.Contains("Gene:NULS", nodes);
        Assert.Contains("Gene:FENCE", nodes);
        Assert.Contains("Gene:MANY", nodes);
        Assert.Equal(10_000, nodes.Count(n => n.StartsWith("Locus:chr2:", StringComparison.Ordinal)));
        Assert.DoesNotContain(nodes, n => n.Contains("ENSG00000000301", StringComparison.Ordinal) || n.StartsWith("Locus:chr1:1-2", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("list", "- ")]
    [InlineData("quote", "> ")]
    [InlineData("brackets", "[")]
    [InlineData("emphasis", "*")]
    [InlineData("inline html", "<b>")]
    [InlineData("callout", "> [!note] ")]
    // "[a](" repeated is left at 10k: Markdig's link parsing is quadratic in unclosed link openers
    // (100k of them take ~50 s), a slowness rather than a crash, reported rather than hidden.
    [InlineData("link", "[a](", 10_000)]
    public void Deep_nesting_never_overflows_the_stack(string what, string opener, int count = 100_000)
    {
        var diagnostics = new DiagnosticBag();
        var text = string.Concat(Enumerable.Repeat(opener, count)) + "x\n";
        var facts = VaultGraph.ExtractNote($"Deep/{what}.md", text, diagnostics);
        Assert.False(facts.IsGeneNote);
        Assert.All(diagnostics.Sorted(), d => Assert.Equal($"Deep/{what}.md", d.Path));
    }
}
