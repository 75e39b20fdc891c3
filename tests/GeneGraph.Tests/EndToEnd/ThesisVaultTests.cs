using System.Globalization;
using System.Text.RegularExpressions;
using GeneGraph.Graph;
using GeneGraph.Pipeline;

namespace GeneGraph.Tests.EndToEnd;

/// <summary>
/// The real public vault (../shared/corpora/thesis-vault). Expected values are counted here from the raw text with
/// a scanner of its own, never with the parser under test.
/// </summary>
public sealed partial class ThesisVaultTests
{
    private static readonly Lazy<VaultGraphResult> Result = new(() => VaultGraph.Build(SharedFolder.ThesisVault()));

    [GeneratedRegex(@"!\[\[(?:[^\]|]*/)?(X[^\]|/]*?_(ENSG\d{11})[^_\]]*_([^\]|]*?))(?: \d+)?\.png(?:\|[^\]]*)?\]\]")]
    private static partial Regex PlotEmbed();

    [GeneratedRegex(@"\]\((https?://www\.ncbi\.nlm\.nih\.gov/gene/(\d+))\)")]
    private static partial Regex NcbiLink();

    [GeneratedRegex(@"\]\((?:https?://(?:www\.)?malacards\.org/card/|https://pathcards\.genecards\.org/card/)")]
    private static partial Regex CardLink();

    private static string GeneDump => Path.Combine(SharedFolder.ThesisVault(), "LiteratureResearch", "GeneDump");

    [Fact]
    public void EveryPlotEmbedUnderATraitHeadingBecomesOneCorrelationEdgeWithItsSignedR()
    {
        var expected = IndependentPlotScan();
        var graph = Result.Value.Graph;

        Assert.Equal(126, expected.Count);
        Assert.Equal(expected.Count, Result.Value.Notes.Sum(n => n.Plots.Count));
        foreach (var (note, trait, locus, r) in expected)
        {
            var edge = graph.FindEdge(graph.FindNode(NodeLabel.Locus, locus)!, RelationshipType.CorrelatesWith, graph.FindNode(NodeLabel.Trait, trait)!);
            Assert.True(edge is not null, $"{note}: no edge {locus} -> {trait}");
            Assert.Equal(r, (double)edge.Properties["r"]!);
            Assert.Equal(Math.Abs(r), (double)edge.Properties["absR"]!);
        }
        var distinctPairs = expected.Select(e => (e.Locus, e.Trait)).Distinct().Count();
        Assert.Equal(distinctPairs, graph.CountEdgesByType()[RelationshipType.CorrelatesWith]);
    }

    [Fact]
    public void AllSeventyGeneNotesBecomeGenesWithTheirNcbiIds()
    {
        var notes = Directory.GetFiles(GeneDump, "*.md");
        Assert.Equal(70, notes.Length);
        var byPath = Result.Value.Notes.ToDictionary(n => n.Path);
        var withLinks = 0;
        foreach (var file in notes)
        {
            var facts = byPath["LiteratureResearch/GeneDump/" + Path.GetFileName(file)];
            Assert.True(facts.IsGeneNote, file);
            var gene = Result.Value.Graph.FindNode(NodeLabel.Gene, facts.Symbol!);
            Assert.NotNull(gene);
            var link = NcbiLink().Match(File.ReadAllText(file));
            if (!link.Success) continue;
            withLinks++;
            Assert.Equal(long.Parse(link.Groups[2].Value, CultureInfo.InvariantCulture), (long)gene.Properties["ncbiGeneId"]!);
        }
        Assert.Equal(66, withLinks);
        Assert.Equal("MCF2", byPath["LiteratureResearch/GeneDump/MCF2L.md"].Symbol);
        Assert.Contains(Result.Value.Diagnostics.Sorted(), d => d.Code.Id == "GG201" && d.Path.EndsWith("MCF2L.md", StringComparison.Ordinal));
    }

    [Fact]
    public void OnlyGeneDumpNotesAreGeneNotes()
    {
        var geneNotes = Result.Value.Notes.Where(n => n.IsGeneNote).Select(n => n.Path).ToList();
        Assert.Equal(70, geneNotes.Count);
        Assert.All(geneNotes, p => Assert.StartsWith("LiteratureResearch/GeneDump/", p));
        Assert.Equal(185, Result.Value.NotesRead);

        // Genes without a note of their own are paralog targets, holding nothing but their symbol.
        var noteSymbols = Result.Value.Notes.Where(n => n.IsGeneNote).Select(n => n.Symbol).ToHashSet();
        foreach (var gene in Result.Value.Graph.NodesWithLabel(NodeLabel.Gene).Where(g => !noteSymbols.Contains(g.Key)))
        {
            Assert.Equal(["symbol"], gene.Properties.Select(p => p.Key));
            Assert.Contains(Result.Value.Graph.InEdges(gene), e => e.Type == RelationshipType.ParalogOf);
        }
    }

    [Fact]
    public void EveryCardLinkBecomesOneSharedDiseaseOrPathwayNode()
    {
        var graph = Result.Value.Graph;
        var links = 0;
        var slugs = new Dictionary<(NodeLabel, string), HashSet<string>>();
        foreach (var file in Directory.GetFiles(GeneDump, "*.md"))
        {
            var text = File.ReadAllText(file);
            foreach (Match link in Regex.Matches(text, @"\]\((https?://(?:www\.)?(malacards)\.org/card/|https://(pathcards)\.genecards\.org/card/)([^ ()]*(?:\([^ ()]*\)[^ ()]*)*)"))
            {
                links++;
                var label = link.Groups[2].Success ? NodeLabel.Disease : NodeLabel.Pathway;
                var slug = Uri.UnescapeDataString(link.Groups[4].Value).ToLowerInvariant();
                if (!slugs.TryGetValue((label, slug), out var notes)) slugs[(label, slug)] = notes = [];
                notes.Add(Path.GetFileName(file));
            }
        }
        Assert.Equal(CardLink().Matches(string.Concat(Directory.GetFiles(GeneDump, "*.md").Select(File.ReadAllText))).Count, links);
        foreach (var ((label, slug), notes) in slugs)
        {
            var node = graph.FindNode(label, slug);
            Assert.True(node is not null, $"no {label} {slug}");
            Assert.Equal(notes.Count, node.Sources.Select(s => Path.GetFileName(s.Path)).Distinct().Count());
        }
        Assert.Equal(slugs.Keys.Count(k => k.Item1 == NodeLabel.Disease), graph.CountNodesByLabel()[NodeLabel.Disease]);
        Assert.Equal(slugs.Keys.Count(k => k.Item1 == NodeLabel.Pathway), graph.CountNodesByLabel()[NodeLabel.Pathway]);
        Assert.True(graph.FindNode(NodeLabel.Pathway, "erk_signaling")!.Sources.Count > 1);
    }

    [Fact]
    public void CountsAreStable()
    {
        var nodes = Result.Value.Graph.CountNodesByLabel();
        var edges = Result.Value.Graph.CountEdgesByType();
        Assert.Equal(67, nodes[NodeLabel.Locus]);
        Assert.Equal(10, nodes[NodeLabel.Trait]);
        Assert.Equal(67, edges[RelationshipType.HasLocus]);
        Assert.Equal(126, edges[RelationshipType.CorrelatesWith]);
        Assert.DoesNotContain(Result.Value.Diagnostics.Sorted(), d => d.Severity == GeneGraph.Diagnostics.Severity.Error);
    }

    /// <summary>
    /// Plot embeds in gene notes, each with the trait it stands under: the heading directly below a Plots/Plot heading,
    /// except that a deeper heading only separates loci when its trait heading holds no plot itself, and a heading at
    /// the Plots level that holds plots is a trait too. Fenced code is skipped.
    /// </summary>
    private static List<(string Note, string Trait, string Locus, double R)> IndependentPlotScan()
    {
        var found = new List<(string, string, string, double)>();
        foreach (var file in Directory.GetFiles(SharedFolder.ThesisVault(), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            int? plotsLevel = null;
            (string Title, int Level, bool HasPlots)? trait = null;
            var inFence = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
                if (inFence) continue;
                var level = line.TakeWhile(c => c == '#').Count();
                if (level is > 0 and <= 6 && (line.Length == level || line[level] == ' '))
                {
                    var title = line[level..].Trim();
                    var holdsPlots = SectionHoldsPlots(lines, i + 1);
                    if (title is "Plots" or "Plot") { plotsLevel = level; trait = null; continue; }
                    if (plotsLevel is null) continue;
                    if (level <= plotsLevel) { if (holdsPlots) trait = (title, level, true); else { plotsLevel = null; trait = null; } continue; }
                    if (trait is null || level <= trait.Value.Level || (holdsPlots && trait.Value.HasPlots)) trait = (title, level, holdsPlots);
                    continue;
                }
                if (plotsLevel is null || trait is null || trait.Value.Title.Length == 0) continue;
                foreach (Match m in PlotEmbed().Matches(line))
                {
                    var name = m.Groups[1].Value;
                    var rText = name[1..name.IndexOf('_')];
                    var locusParts = m.Groups[3].Value.Split('.');
                    found.Add((file, trait.Value.Title, $"{locusParts[0]}:{locusParts[1]}-{locusParts[2]}",
                        double.Parse(rText, CultureInfo.InvariantCulture)));
                }
            }
        }
        return found;
    }

    private static bool SectionHoldsPlots(string[] lines, int from)
    {
        for (var i = from; i < lines.Length && !lines[i].StartsWith('#'); i++)
            if (PlotEmbed().IsMatch(lines[i])) return true;
        return false;
    }
}
