using GeneGraph.Diagnostics;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;

namespace GeneGraph.Tests.EndToEnd;

/// <summary>The real vault (../shared/corpora/thesis-vault), checked against an independent line-based reading.</summary>
public class ThesisVaultTests(ThesisVaultFixture fixture) : IClassFixture<ThesisVaultFixture>
{
    private const string GeneDump = "LiteratureResearch/GeneDump/";

    private VaultGraphResult Result => fixture.Require();

    private string Vault => fixture.Folder!;

    private List<IndependentScanner.CountedPlot> CountedPlots() =>
        IndependentScanner.Notes(Vault)
            .SelectMany(n => IndependentScanner.PlotsInPlotsRegions(n.Path, IndependentScanner.Sections(n.FullPath)))
            .ToList();

    private IEnumerable<(string Path, string FullPath)> GeneDumpNotes() =>
        IndependentScanner.Notes(Vault).Where(n => n.Path.StartsWith(GeneDump, StringComparison.Ordinal) && !n.Path[GeneDump.Length..].Contains('/'));

    [Fact]
    public void Counts_measured_with_genegraph_check()
    {
        var result = Result;
        var nodes = result.Graph.CountNodesByLabel();
        var edges = result.Graph.CountEdgesByType();
        Assert.Equal(185, result.NotesRead);
        Assert.Equal(70, result.GeneNotes);
        Assert.Equal(126, edges[RelationshipType.CorrelatesWith]);
        Assert.Equal(67, edges[RelationshipType.HasLocus]);
        Assert.Equal(10, nodes[NodeLabel.Trait]);
        Assert.Equal(67, nodes[NodeLabel.Locus]);
        Assert.False(result.Diagnostics.HasErrors);
    }

    [Fact]
    public void Notes_read_equals_an_independent_file_count()
    {
        var result = Result;
        Assert.Equal(IndependentScanner.Notes(Vault).Select(n => n.Path), result.Notes.Select(n => n.Path));
    }

    [Fact]
    public void Plot_count_equals_an_independent_count_of_embeds_in_plots_regions()
    {
        var result = Result;
        var counted = CountedPlots();
        Assert.Equal(126, counted.Count);
        Assert.Equal(counted.Count, result.Notes.Sum(n => n.Plots.Count));
        Assert.Equal(
            counted.Select(c => (c.Path, c.Embed.Line, c.Trait.Trim(), c.Embed.FileName)),
            result.Notes.SelectMany(n => n.Plots.Select(p => (n.Path, p.Line, p.Trait.Value, p.FileName))));
    }

    [Fact]
    public void Every_counted_plot_is_a_correlation_edge_with_the_exact_signed_r()
    {
        var result = Result;
        var graph = result.Graph;
        var counted = CountedPlots();
        foreach (var plot in counted)
        {
            var locus = graph.FindNode(NodeLabel.Locus, plot.Embed.Locus);
            Assert.True(locus is not null, $"{plot.Path}:{plot.Embed.Line}: no Locus {plot.Embed.Locus}");
            var trait = graph.FindNode(NodeLabel.Trait, plot.Trait.Trim());
            Assert.True(trait is not null, $"{plot.Path}:{plot.Embed.Line}: no Trait '{plot.Trait}'");
            var edge = graph.FindEdge(locus, RelationshipType.CorrelatesWith, trait);
            Assert.True(edge is not null, $"{plot.Path}:{plot.Embed.Line}: no {locus.Key} -CORRELATES_WITH-> {trait.Key}");
            Assert.Equal(plot.Embed.R, (double)edge.Properties["r"]!);
            Assert.Equal(Math.Abs(plot.Embed.R), (double)edge.Properties["absR"]!);
            Assert.Contains(new SourceRef(plot.Path, plot.Embed.Line), edge.Sources);
        }
        var pairs = counted.Select(c => (c.Embed.Locus, c.Trait.Trim())).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count()); // each (locus, trait) once
        Assert.Equal(pairs.ToHashSet(), graph.EdgesOfType(RelationshipType.CorrelatesWith).Select(e => (e.Source.Key, e.Target.Key)).ToHashSet());
    }

    [Fact]
    public void Tmem9_has_one_locus_under_two_traits()
    {
        var graph = Result.Graph;
        var tmem9 = graph.FindNode(NodeLabel.Gene, "TMEM9")!;
        var loci = graph.OutEdges(tmem9).Where(e => e.Type == RelationshipType.HasLocus).Select(e => e.Target).ToList();
        Assert.Contains(loci, l => graph.OutEdges(l).Where(e => e.Type == RelationshipType.CorrelatesWith).Select(e => e.Target.Key).ToHashSet().SetEquals(["PA_sys", "mPAP"]));
    }

    [Fact]
    public void Every_plot_locus_belongs_to_the_gene_its_plot_names()
    {
        var result = Result;
        var graph = result.Graph;
        foreach (var plot in CountedPlots())
        {
            var gene = graph.InEdges(graph.FindNode(NodeLabel.Locus, plot.Embed.Locus)!)
                .Where(e => e.Type == RelationshipType.HasLocus).Select(e => e.Source).ToList();
            Assert.Contains(gene, g => g.Properties["ensemblId"] as string == plot.Embed.Gene);
        }
    }

    [Fact]
    public void All_seventy_gene_dump_notes_are_gene_nodes()
    {
        var result = Result;
        var notes = GeneDumpNotes().ToList();
        Assert.Equal(70, notes.Count);
        foreach (var (path, fullPath) in notes)
        {
            var symbol = IndependentScanner.Sections(fullPath)
                .Select(s => IndependentScanner.SummaryHeading().Match(s.Title))
                .FirstOrDefault(m => m.Success)?.Groups[1].Value ?? Path.GetFileNameWithoutExtension(path);
            var facts = result.Notes.Single(n => n.Path == path);
            Assert.Equal(symbol.ToUpperInvariant(), facts.Symbol?.Value);
            var node = result.Graph.FindNode(NodeLabel.Gene, symbol.ToUpperInvariant());
            Assert.True(node is not null, $"{path}: no Gene node {symbol}");
            Assert.Contains(node.Sources, s => s.Path == path);
        }
    }

    [Fact]
    public void Mcf2l_is_read_as_mcf2_with_GG201()
    {
        var result = Result;
        Assert.Equal("MCF2", result.Notes.Single(n => n.Path == GeneDump + "MCF2L.md").Symbol?.Value);
        Assert.NotNull(result.Graph.FindNode(NodeLabel.Gene, "MCF2"));
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Path == GeneDump + "MCF2L.md" && d.Code == DiagnosticCode.SymbolMismatch);
    }

    [Fact]
    public void Every_gene_note_with_an_ncbi_link_has_its_ncbi_gene_id()
    {
        var result = Result;
        var withLink = 0;
        foreach (var (path, fullPath) in GeneDumpNotes())
        {
            var id = IndependentScanner.LinesOutsideCode(fullPath)
                .Select(l => IndependentScanner.NcbiLink().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            if (id is null) continue;
            withLink++;
            var symbol = result.Notes.Single(n => n.Path == path).Symbol!.Value;
            Assert.Equal(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), result.Graph.FindNode(NodeLabel.Gene, symbol)!.Properties["ncbiGeneId"]);
        }
        Assert.True(withLink > 0);
        Assert.Equal(withLink, result.Graph.NodesWithLabel(NodeLabel.Gene).Count(g => g.Properties.Contains("ncbiGeneId")));
    }

    [Fact]
    public void Every_malacards_and_pathcards_link_is_one_node_keyed_by_its_slug()
    {
        var result = Result;
        var graph = result.Graph;
        var diseases = new Dictionary<string, HashSet<string>>();
        var pathways = new Dictionary<string, HashSet<string>>();
        foreach (var (path, fullPath) in GeneDumpNotes())
            foreach (var (_, text) in IndependentScanner.LinesOutsideCode(fullPath))
            {
                foreach (System.Text.RegularExpressions.Match m in IndependentScanner.MalaCardsLink().Matches(text))
                    Add(diseases, Uri.UnescapeDataString(m.Groups[1].Value).ToLowerInvariant(), path);
                foreach (System.Text.RegularExpressions.Match m in IndependentScanner.PathCardsLink().Matches(text))
                    Add(pathways, Uri.UnescapeDataString(m.Groups[1].Value).ToLowerInvariant(), path);
            }
        Assert.NotEmpty(diseases);
        Assert.NotEmpty(pathways);
        Check(NodeLabel.Disease, diseases);
        Check(NodeLabel.Pathway, pathways);
        Assert.True(pathways["erk_signaling"].Count > 1, "ERK Signaling is named by several notes");
        Assert.Equal(pathways.Keys.Order(StringComparer.Ordinal), graph.NodesWithLabel(NodeLabel.Pathway).Select(n => n.Key).Where(pathways.ContainsKey).Order(StringComparer.Ordinal));

        void Check(NodeLabel label, Dictionary<string, HashSet<string>> expected)
        {
            foreach (var (slug, paths) in expected)
            {
                var node = graph.FindNode(label, slug);
                Assert.True(node is not null, $"no {label} node {slug}");
                Assert.True(paths.SetEquals(node.Sources.Select(s => s.Path)),
                    $"{label} {slug}: sources {string.Join(", ", node.Sources.Select(s => s.Path).Distinct())} but linked from {string.Join(", ", paths)}");
            }
        }

        static void Add(Dictionary<string, HashSet<string>> map, string key, string path)
        {
            if (!map.TryGetValue(key, out var set)) map[key] = set = [];
            set.Add(path);
        }
    }

    [Fact]
    public void No_gene_comes_from_outside_gene_dump_except_paralog_targets()
    {
        var result = Result;
        var graph = result.Graph;
        var geneNoteSymbols = result.Notes.Where(n => n.IsGeneNote).Select(n => n.Symbol!.Value).ToHashSet();
        Assert.All(result.Notes.Where(n => n.IsGeneNote), n => Assert.StartsWith(GeneDump, n.Path));
        Assert.All(result.Notes.Where(n => n.Path.StartsWith("Transaltion_phase/", StringComparison.Ordinal)
                                           || n.Path.StartsWith("AssociationAnalysis/", StringComparison.Ordinal)
                                           || !n.Path.Contains('/')),
            n => Assert.False(n.IsGeneNote, n.Path));
        var paralogTargets = graph.EdgesOfType(RelationshipType.ParalogOf).Select(e => e.Target).ToHashSet();
        foreach (var gene in graph.NodesWithLabel(NodeLabel.Gene))
        {
            Assert.All(gene.Sources, s => Assert.StartsWith(GeneDump, s.Path));
            if (geneNoteSymbols.Contains(gene.Key)) continue;
            Assert.True(paralogTargets.Contains(gene), $"Gene {gene.Key} has no note and is no paralog target");
            Assert.Equal(["symbol"], gene.Properties.Select(p => p.Key).Except([NodeProperties.Curie.Name, NodeProperties.Xrefs.Name]));
        }
    }

    [Fact]
    public void Every_plot_embed_outside_a_plots_region_is_a_GG104_and_no_edge()
    {
        var result = Result;
        var outside = new List<(string Path, int Line)>();
        foreach (var (path, fullPath) in IndependentScanner.Notes(Vault))
        {
            var sections = IndependentScanner.Sections(fullPath);
            var inside = IndependentScanner.PlotsInPlotsRegions(path, sections).Select(c => c.Embed.Line).ToHashSet();
            outside.AddRange(sections.SelectMany(s => s.Embeds).Where(e => !inside.Contains(e.Line)).Select(e => (path, e.Line)));
        }
        Assert.NotEmpty(outside); // GWAS "Hits", Transaltion_phase, the R-script example plot
        Assert.Equal(outside.Order(),
            result.Diagnostics.Sorted().Where(d => d.Code == DiagnosticCode.PlotWithoutTrait).Select(d => (d.Path, d.Line)).Order());
    }
}
