using System.Diagnostics;
using System.Globalization;
using System.Text;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;

namespace GeneGraph.BenchTool;

/// <summary>Notes of every shape that once made Markdig take minutes, each as large as asked, timed one by one.</summary>
internal static class PathologicalNotes
{
    private static IEnumerable<(string Shape, Func<int, string> Make)> Shapes() =>
    [
        ("list-markers-3000", _ => Repeat("- ", 3000) + "x\n"),
        ("list-indented-3000", _ => string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- x\n"))),
        ("quote-3000", _ => Repeat("> ", 3000) + "x\n"),
        ("link-open-100k", _ => Repeat("[a](", 100_000)),
        ("link-open-fill", size => Repeat("[a](", size / 4)),
        ("link-open-angle-fill", size => Repeat("[a](<", size / 5)),
        ("emphasis-unclosed-fill", size => Repeat("*a ", size / 3)),
        ("strong-unclosed-fill", size => Repeat("**a", size / 3)),
        ("underscore-unclosed-fill", size => Repeat("_a ", size / 3)),
        ("brackets-fill", size => new string('[', size)),
        ("wikilink-open-fill", size => Repeat("![[", size / 3)),
        ("backtick-runs-4000", _ => string.Concat(Enumerable.Range(1, 4000).Select(i => new string('`', i) + "a"))),
        ("plots-one-line-fill", size => Repeat("![[X0.5_ENSG00000000001_chr1.1.2.png]]", size / 38)),
        ("plain-text-fill", size => Repeat("lorem ipsum dolor sit amet ", size / 27)),
        ("list-items-fill", size => Repeat("- x\n", size / 4)),
        ("setext-headings-fill", size => Repeat("a\n=\n", size / 4)),
        ("table-pipes-fill", size => new string('|', size)),
        ("table-wide-rows-fill", size => Repeat("|" + Repeat("a|", 4_000) + "\n", size / 8_002)),
        ("table-rows-fill", size => "| a | b |\n| --- | --- |\n" + Repeat("| x | y |\n", size / 10)),
    ];

    public static int Run(int megabytes)
    {
        var size = megabytes << 20;
        // Warm the JIT on every shape at a small size first, so the figures are the steady state.
        foreach (var (_, make) in Shapes()) VaultGraph.ExtractNote("Genes/WARM.md", make(4096)[..Math.Min(4096, make(4096).Length)], new DiagnosticBag());
        foreach (var (shape, make) in Shapes())
        {
            var text = make(size);
            if (text.Length > size) text = text[..size];
            var diagnostics = new DiagnosticBag();
            var clock = Stopwatch.StartNew();
            VaultGraph.ExtractNote("Genes/NOTE.md", text, diagnostics);
            var seconds = clock.Elapsed.TotalSeconds;
            var outcome = diagnostics.Sorted().FirstOrDefault(d => d.Code == DiagnosticCode.NestedTooDeeply) is { } refused
                ? "refused (GG003)" : $"parsed, {diagnostics.Count} diagnostics";
            var target = seconds <= 2 ? "target <= 2 s met" : "target <= 2 s MISSED";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{shape}\t{text.Length}\t{seconds:F3}\t{outcome}\t{target}"));
        }
        return 0;
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
}
