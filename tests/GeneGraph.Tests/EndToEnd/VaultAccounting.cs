using System.Text.RegularExpressions;
using GeneGraph.Pipeline;
using GeneGraph.Schema;

namespace GeneGraph.Tests.EndToEnd;

/// <summary>
/// Accounts for every fact of every note with regular expressions that share no code with the parser: each plot
/// embed (a plot-like image name) became a plot fact or a plot diagnostic of that note, and each gene's MalaCards and
/// PathCards links are exactly the Disease and Pathway nodes that gene links to from that note (when the note links
/// its items at all: a sentence without links names them as text). Also compiled into
/// bench/VaultGenerator.Tests, for generated vaults.
/// </summary>
internal static partial class VaultAccounting
{
    private static readonly string[] PlotCodes = ["GG101", "GG102", "GG103", "GG104", "GG106"];

    [GeneratedRegex(@"!\[\[([^\]|#]+)(?:[|#][^\]]*)?\]\]|!\[[^\]]*\]\((<[^>]*>|[^)\s]+)\)")]
    private static partial Regex ImageEmbed();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"\]\(https?://(?:www\.)?malacards\.org/card/((?:[^\s""()]|\([^\s""()]*\))+)")]
    private static partial Regex MalaCardsLink();

    [GeneratedRegex(@"\]\(https?://pathcards\.genecards\.org/card/((?:[^\s""()]|\([^\s""()]*\))+)")]
    private static partial Regex PathCardsLink();

    /// <summary>Every mismatch found, as "path: what"; empty when every fact is accounted for.</summary>
    public static List<string> Mismatches(string vault, VaultGraphResult result)
    {
        var problems = new List<string>();
        var diagnostics = result.Diagnostics.Sorted();
        foreach (var note in result.Notes)
        {
            var lines = LinesOutsideCode(Path.Combine(vault, note.Path)).ToList();
            var plotsIn = lines.Sum(l => ImageEmbed().Matches(l).Count(m => IsPlotLike(FileName(m))));
            var diagnosed = diagnostics.Count(d => d.Path == note.Path && PlotCodes.Contains(d.Code.Id));
            if (plotsIn != note.Plots.Count + diagnosed)
                problems.Add($"{note.Path}: {plotsIn} plots in, {note.Plots.Count} plot facts + {diagnosed} diagnosed");

            if (note.Symbol is not { } symbol || result.Graph.FindNode(NodeLabel.Gene, symbol.Value) is not { } gene) continue;
            Compare(note.Path, "MalaCards", Slugs(lines, MalaCardsLink()), Linked(result, gene, RelationshipType.AssociatedWith, note.Path), problems);
            Compare(note.Path, "PathCards", Slugs(lines, PathCardsLink()), Linked(result, gene, RelationshipType.InPathway, note.Path), problems);
        }
        return problems;
    }

    private static void Compare(string path, string site, SortedSet<string> linksIn, SortedSet<string> nodes, List<string> problems)
    {
        // A GeneCards sentence written without links (the example's EDN1) names its items as text: nodes, no links.
        if (linksIn.Count > 0 && !linksIn.SetEquals(nodes))
            problems.Add($"{path}: {site} links [{string.Join(", ", linksIn)}] but nodes [{string.Join(", ", nodes)}]");
    }

    private static SortedSet<string> Slugs(IEnumerable<string> lines, Regex link) =>
        new(lines.SelectMany(l => link.Matches(l)).Select(m => Uri.UnescapeDataString(m.Groups[1].Value).Trim('/').ToLowerInvariant()), StringComparer.Ordinal);

    private static SortedSet<string> Linked(VaultGraphResult result, GeneGraph.Graph.GraphNode gene, RelationshipType type, string path) =>
        new(result.Graph.OutEdges(gene).Where(e => e.Type == type && e.Sources.Any(s => s.Path == path))
            .Select(e => e.Target.Key), StringComparer.Ordinal);

    private static string FileName(Match m)
    {
        var target = Uri.UnescapeDataString((m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Trim().Trim('<', '>'));
        return target[(target.LastIndexOf('/') + 1)..];
    }

    private static bool IsPlotLike(string file) =>
        Regex.IsMatch(file, @"\.(png|jpe?g|svg|pdf|gif|webp)$", RegexOptions.IgnoreCase)
        && (file.Contains("ENSG", StringComparison.OrdinalIgnoreCase) || Regex.IsMatch(file, @"^X[\d.-]"));

    private static IEnumerable<string> LinesOutsideCode(string fullPath)
    {
        string? fence = null;
        foreach (var line in File.ReadAllText(fullPath).Replace("\r\n", "\n").Split('\n'))
        {
            var match = Fence().Match(line);
            if (fence is null && match.Success) { fence = match.Groups[1].Value; continue; }
            if (fence is not null)
            {
                if (match.Success && match.Groups[1].Value == fence) fence = null;
                continue;
            }
            yield return line;
        }
    }
}
