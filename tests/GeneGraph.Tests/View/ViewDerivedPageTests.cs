using GeneGraph.Enrichment;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.View;

/// <summary>The page of <c>view --derived</c> renders the derived relationships with their style, without a script error.</summary>
public sealed class ViewDerivedPageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-view-derived-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_page_with_derived_relationships_renders_every_element()
    {
        NodeScripts.Require(chromium: true);
        var vault = RepoPaths.ThesisVault();
        var result = VaultGraph.Build(vault);
        DerivedEdges.Add(result.Graph, DerivedKinds.Enrichment | DerivedKinds.GeneTrait,
            Background.GeneNotes(result.Graph, result.GeneNoteKeys), EnrichmentOptions.Default);
        var page = Path.Combine(_folder, "derived.html");
        var run = GeneGraphProcess.Run("view", vault, "-o", page, "--derived", "enrichment,gene-trait");
        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = File.ReadAllText(page);
        Assert.Contains("edge[interaction = \"ENRICHED_IN\"][q <= 0.05]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__DERIVED_STYLE__", html, StringComparison.Ordinal);

        var screenshot = Path.Combine(NodeScripts.ArtifactsFolder(), "view-thesis-derived.png");
        using var seen = NodeScripts.RunJson("view-page.mjs", page, screenshot, "LIF", "Trait:sPAP", "0.5");
        var root = seen.RootElement;
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(result.Graph.EdgeCount, root.GetProperty("total").GetProperty("edges").GetInt32());
        // a trait's neighbourhood holds the derived edges between what it shows: its genes' CORRELATES_WITH_TRAIT, its ENRICHED_IN
        var focus = root.GetProperty("focus");
        var (nodes, edges) = ExpectedView.Of(result.Graph, "Trait:sPAP", top: 0, minAbsR: 0, ExpectedView.Annotations);
        Assert.Equal(nodes, focus.GetProperty("nodes").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(edges, focus.GetProperty("edges").EnumerateArray().Select(e => e.GetString()!));
        Assert.Contains(edges, e => e.Contains("|CORRELATES_WITH_TRAIT|", StringComparison.Ordinal));
    }
}
