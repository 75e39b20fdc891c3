using System.Globalization;
using System.Text.RegularExpressions;

namespace GeneGraph.Tests.EndToEnd;

/// <summary>
/// A line-based reading of the vault that shares no code with the parser (no Markdig): it finds headings, fenced
/// code, plot embeds, and NCBI/MalaCards/PathCards links with regular expressions, to check the parser against.
/// </summary>
internal static partial class IndependentScanner
{
    public sealed record Heading(int Level, string Title, int Line)
    {
        public List<Embed> Embeds { get; } = [];
    }

    /// <summary>A plot embed: r as written (decimal text, sign restored), locus and trait.</summary>
    public sealed record Embed(string FileName, string Gene, double R, string Locus, int Line);

    public sealed record CountedPlot(string Path, string Trait, Embed Embed);

    [GeneratedRegex(@"^(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"!\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]")]
    private static partial Regex EmbedRegex();

    // make.names form as the vault writes it: X0.56…, X-0.57…, X.0.41… ; optional copy suffix " 1".
    [GeneratedRegex(@"^X(?<sign>-|\.)?(?<r>\d+(?:\.\d+)?(?:e[.-]?\d+)?)_(?<gene>ENSG\d{11})(?:\.\d+)?_chr(?<chr>[0-9XYM]+)\.(?<start>\d+)\.(?<end>\d+)(?: \d+)?\.png$")]
    private static partial Regex PlotFile();

    [GeneratedRegex(@"ncbi\.nlm\.nih\.gov/gene/(\d+)")]
    public static partial Regex NcbiLink();

    [GeneratedRegex(@"\]\(https?://(?:www\.)?malacards\.org/card/((?:[^\s""()]|\([^\s""()]*\))+)")]
    public static partial Regex MalaCardsLink();

    [GeneratedRegex(@"\]\(https?://pathcards\.genecards\.org/card/((?:[^\s""()]|\([^\s""()]*\))+)")]
    public static partial Regex PathCardsLink();

    [GeneratedRegex(@"^(?:NCBI Gene|GeneCards|UniProtKB/Swiss-Prot)\s+Summary\s+for\s+(\S+)\s+Gene$", RegexOptions.IgnoreCase)]
    public static partial Regex SummaryHeading();

    public static IEnumerable<(string Path, string FullPath)> Notes(string vault) =>
        Directory.EnumerateFiles(vault, "*.md", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(vault, f).Replace('\\', '/'), FullPath: f))
            .Where(f => !f.Path.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Path, StringComparer.Ordinal);

    /// <summary>The lines of a note outside fenced code, with their 1-based numbers.</summary>
    public static IEnumerable<(int Line, string Text)> LinesOutsideCode(string fullPath)
    {
        var lines = File.ReadAllText(fullPath).TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var match = Fence().Match(lines[i]);
            if (fence is null && match.Success) { fence = match.Groups[1].Value; continue; }
            if (fence is not null)
            {
                if (match.Success && match.Groups[1].Value == fence) fence = null;
                continue;
            }
            yield return (i + 1, lines[i]);
        }
    }

    public static List<Heading> Sections(string fullPath)
    {
        var sections = new List<Heading> { new(0, "", 1) };
        foreach (var (line, text) in LinesOutsideCode(fullPath))
        {
            var heading = HeadingLine().Match(text);
            if (heading.Success)
            {
                sections.Add(new Heading(heading.Groups[1].Length, heading.Groups[2].Value.Trim(), line));
                continue;
            }
            foreach (Match embed in EmbedRegex().Matches(text))
            {
                var target = embed.Groups[1].Value.Trim();
                var file = target[(target.LastIndexOf('/') + 1)..];
                if (PlotFile().Match(file) is not { Success: true } plot) continue;
                var r = double.Parse((plot.Groups["sign"].Success ? "-" : "") + plot.Groups["r"].Value.Replace("e.", "e-"),
                    NumberStyles.Float, CultureInfo.InvariantCulture);
                var chr = plot.Groups["chr"].Value is "MT" ? "M" : plot.Groups["chr"].Value;
                sections[^1].Embeds.Add(new Embed(file, plot.Groups["gene"].Value, r,
                    $"chr{chr}:{plot.Groups["start"].Value}-{plot.Groups["end"].Value}", line));
            }
        }
        return sections;
    }

    private static bool IsPlots(string title) => title is "Plots" or "Plot";

    /// <summary>
    /// Plot embeds inside a Plots region, each with its trait, by the rules of the PlotExtractor doc comment:
    /// the trait is the heading directly under Plots; a deeper heading under a trait without plots only separates
    /// loci; a deeper heading with plots under a trait with plots is a trait; a heading at the Plots level or above
    /// that holds plots is a trait, and the first one there without plots ends the region.
    /// </summary>
    public static List<CountedPlot> PlotsInPlotsRegions(string path, List<Heading> sections)
    {
        var counted = new List<CountedPlot>();
        for (var i = 0; i < sections.Count; i++)
        {
            if (!IsPlots(sections[i].Title)) continue;
            var level = sections[i].Level;
            Heading? trait = null;
            for (var j = i + 1; j < sections.Count; j++)
            {
                var h = sections[j];
                var holds = h.Embeds.Count > 0;
                if (h.Level <= level)
                {
                    if (!holds || IsPlots(h.Title)) break;
                    trait = h;
                }
                else if (trait is null || h.Level <= trait.Level || (holds && trait.Embeds.Count > 0))
                {
                    trait = h;
                }
                if (trait.Title.Length == 0) continue;
                counted.AddRange(h.Embeds.Select(e => new CountedPlot(path, trait.Title, e)));
            }
        }
        return counted;
    }

    public static int AllPlotEmbeds(List<Heading> sections) => sections.Sum(s => s.Embeds.Count);
}
