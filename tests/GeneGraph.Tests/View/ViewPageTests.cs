using System.Text.Json;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Tests.Writers;
using GeneGraph.View;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.View;

/// <summary>
/// <c>genegraph view</c> pages opened in headless Chromium: offline, no console errors; the overview, a trait's
/// neighbourhood and the filters show exactly the nodes and edges <see cref="ExpectedView"/> works out; the permalink,
/// labels, search, details and saving work; screenshots land in TestResults/visual beside the test assembly.
/// </summary>
public sealed class ViewPageTests(ThesisViewFixture thesis) : IClassFixture<ThesisViewFixture>, IDisposable
{
    private readonly ThesisViewFixture _thesis = thesis;
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-view-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_thesis_vault_opens_offline_on_an_overview_of_the_strongest_loci_of_every_trait()
    {
        var (result, root) = _thesis.Require();
        var graph = result.Graph;
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        Assert.Empty(root.GetProperty("requests").EnumerateArray()); // offline: nothing but the file itself
        Assert.Equal(graph.NodeCount, root.GetProperty("total").GetProperty("nodes").GetInt32());
        Assert.Equal(graph.EdgeCount, root.GetProperty("total").GetProperty("edges").GetInt32());

        // the overview: every trait with its 5 strongest loci and their genes, nothing else (68 of 466 nodes here)
        var overview = root.GetProperty("overview");
        var (nodes, edges) = ExpectedView.Of(graph, trait: null, top: 5, minAbsR: 0, kinds: []);
        Assert.Equal(nodes, Strings(overview.GetProperty("nodes")));
        Assert.Equal(edges, Strings(overview.GetProperty("edges")));
        Assert.Equal(graph.NodesWithLabel(NodeLabel.Trait).Count(), overview.GetProperty("byKind").GetProperty("Trait").GetInt32());
        Assert.InRange(nodes.Count, 20, graph.NodeCount / 4);
        Assert.Contains($"{nodes.Count} of {graph.NodeCount} nodes, {edges.Count} of {graph.EdgeCount} edges shown",
            overview.GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Equal(Strings(overview.GetProperty("nodes")), Strings(root.GetProperty("reset").GetProperty("nodes"))); // "Overview" goes back to it
    }

    [Fact]
    public void Choosing_a_trait_shows_only_its_neighbourhood_with_counts()
    {
        var (result, root) = _thesis.Require();
        var focus = root.GetProperty("focus");
        var (nodes, edges) = ExpectedView.Of(result.Graph, ThesisViewFixture.Trait, top: 0, minAbsR: 0, ExpectedView.Annotations);
        Assert.Equal(nodes, Strings(focus.GetProperty("nodes")));
        Assert.Equal(edges, Strings(focus.GetProperty("edges")));
        Assert.Equal([ThesisViewFixture.Trait], Strings(focus.GetProperty("traits")));
        var sPap = result.Graph.Nodes.Single(n => n.Uid == ThesisViewFixture.Trait);
        var toSPap = result.Graph.InEdges(sPap).Where(e => e.Type == RelationshipType.CorrelatesWith).Select(e => e.Uid);
        Assert.Equal(toSPap.Order(StringComparer.Ordinal), Strings(focus.GetProperty("correlations")).Order(StringComparer.Ordinal));
        // every kind of the neighbourhood is there, and counted in the side panel
        foreach (var kind in new[] { "Locus", "Gene", "Pathway", "Disease", "GoTerm", "Paper" })
            Assert.True(focus.GetProperty("byKind").TryGetProperty(kind, out var count) && count.GetInt32() > 0, kind);
        var counts = focus.GetProperty("counts").GetString()!;
        Assert.Contains($"loci{focus.GetProperty("byKind").GetProperty("Locus").GetInt32()}of {result.Graph.NodesWithLabel(NodeLabel.Locus).Count()}", counts, StringComparison.Ordinal);
        Assert.Contains($"sPAP and its neighbourhood: {nodes.Count} of {result.Graph.NodeCount} nodes", focus.GetProperty("status").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_trait_with_more_than_20_loci_opens_on_its_20_strongest()
    {
        var (result, root) = _thesis.Require();
        var big = root.GetProperty("bigFocus");
        Assert.Equal("Trait:mPAP", big.GetProperty("state").GetProperty("trait").GetString()); // 67 loci
        Assert.Equal(20, big.GetProperty("state").GetProperty("top").GetInt32());
        var (nodes, edges) = ExpectedView.Of(result.Graph, "Trait:mPAP", top: 20, minAbsR: 0, ExpectedView.Annotations);
        Assert.Equal(nodes, Strings(big.GetProperty("nodes")));
        Assert.Equal(edges, Strings(big.GetProperty("edges")));
        Assert.Contains("mPAP, its 20 strongest of 67 loci, and its neighbourhood", big.GetProperty("status").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_r_the_sign_and_the_kinds_shrink_the_graph_to_what_stays_connected()
    {
        var (result, root) = _thesis.Require();
        // the issue's case: sPAP with |r| >= 0.55 showed 395 of 466 nodes; now 39: the trait, 5 loci, 5 genes, their annotations
        var focusMin = root.GetProperty("focusMin");
        var (nodes, edges) = ExpectedView.Of(result.Graph, ThesisViewFixture.Trait, top: 0, ThesisViewFixture.MinAbsR, ExpectedView.Annotations);
        Assert.Equal(nodes, Strings(focusMin.GetProperty("nodes")));
        Assert.Equal(edges, Strings(focusMin.GetProperty("edges")));
        Assert.True(nodes.Count < Strings(root.GetProperty("focus").GetProperty("nodes")).Count, "the |r| filter must remove nodes");
        Assert.All(focusMin.GetProperty("correlations").EnumerateArray(), e =>
            Assert.True(Math.Abs((double)result.Graph.Edges.Single(x => x.Uid == e.GetString()).Properties["r"]!) >= ThesisViewFixture.MinAbsR));

        // the sign: the overview of negative correlations holds the 5 strongest negative ones of each trait
        var negative = root.GetProperty("negative");
        var (negativeNodes, negativeEdges) = ExpectedView.Of(result.Graph, trait: null, top: 5, minAbsR: 0, kinds: [], sign: "negative");
        Assert.Equal(negativeNodes, Strings(negative.GetProperty("nodes")));
        Assert.Equal(negativeEdges, Strings(negative.GetProperty("edges")));
        Assert.All(negative.GetProperty("correlations").EnumerateArray(), e =>
            Assert.True((double)result.Graph.Edges.Single(x => x.Uid == e.GetString()).Properties["r"]! < 0));

        var withoutDiseases = root.GetProperty("withoutDiseases");
        var (fewer, fewerEdges) = ExpectedView.Of(result.Graph, ThesisViewFixture.Trait, top: 0, ThesisViewFixture.MinAbsR,
            [NodeLabel.Pathway, NodeLabel.GoTerm, NodeLabel.Paper]);
        Assert.Equal(fewer, Strings(withoutDiseases.GetProperty("nodes")));
        Assert.Equal(fewerEdges, Strings(withoutDiseases.GetProperty("edges")));
        Assert.False(withoutDiseases.GetProperty("byKind").TryGetProperty("Disease", out _));
    }

    [Fact]
    public void The_permalink_restores_the_filters_in_a_fresh_page()
    {
        var (_, root) = _thesis.Require();
        var before = root.GetProperty("withoutDiseases");
        var hash = before.GetProperty("hash").GetString()!;
        Assert.Contains("trait=Trait%3AsPAP", hash, StringComparison.Ordinal);
        Assert.Contains("minAbsR=0.55", hash, StringComparison.Ordinal);
        Assert.Contains("kinds=Pathway%2CGoTerm%2CPaper", hash, StringComparison.Ordinal);
        var after = root.GetProperty("permalink");
        Assert.Equal(hash, after.GetProperty("hash").GetString());
        Assert.Equal(before.GetProperty("state").GetRawText(), after.GetProperty("state").GetRawText());
        Assert.Equal(Strings(before.GetProperty("nodes")), Strings(after.GetProperty("nodes")));
        Assert.Equal(Strings(before.GetProperty("edges")), Strings(after.GetProperty("edges")));
    }

    [Fact]
    public void Labels_appear_by_zoom_and_papers_carry_a_readable_label()
    {
        var (result, root) = _thesis.Require();
        // the overview is zoomed out: traits and genes are labelled, loci (long coordinates) are not
        var overview = root.GetProperty("overview");
        var labelled = Strings(overview.GetProperty("labelled")).ToHashSet();
        Assert.All(Strings(overview.GetProperty("nodes")), id =>
            Assert.Equal(!id.StartsWith("Locus:", StringComparison.Ordinal), labelled.Contains(id)));
        var zoomed = root.GetProperty("zoomed");
        Assert.Equal(Strings(zoomed.GetProperty("nodes")), Strings(zoomed.GetProperty("labelled")).Order(StringComparer.Ordinal));

        var papers = root.GetProperty("paperLabels");
        foreach (var paper in result.Graph.NodesWithLabel(NodeLabel.Paper))
        {
            var label = papers.GetProperty(paper.Uid).GetString()!;
            Assert.DoesNotContain(paper.Key, label, StringComparison.Ordinal);
            var readable = (paper.Properties[NodeProperties.Title] ?? paper.Properties[NodeProperties.Question]) as string;
            Assert.NotNull(readable);
            Assert.StartsWith(label.TrimEnd('…'), readable, StringComparison.Ordinal);
        }
        Assert.Equal("TMEM9 mediates IL‐6 and IL‐1&bgr; secretion an…", papers.GetProperty("Paper:https://doi.org/10.1016/j.intimp.2018.07.036").GetString());
    }

    [Fact]
    public void Searching_a_gene_selects_it_and_shows_its_details_and_sources()
    {
        var (result, root) = _thesis.Require();
        Assert.Equal(["Gene:LIF"], Strings(root.GetProperty("selected")));
        var lif = result.Graph.FindNode(NodeLabel.Gene, ThesisViewFixture.Gene)!;
        foreach (var details in new[] { "detailsAfterSearch", "detailsAfterClick" })
        {
            var text = root.GetProperty(details).GetString()!;
            Assert.Contains("Gene:LIF", text, StringComparison.Ordinal);
            Assert.Contains(lif.Sources.First().ToString(), text, StringComparison.Ordinal); // the source note
        }
        Assert.True(new FileInfo(_thesis.Screenshot).Length > 10_000);
    }

    [Fact]
    public void A_gene_the_overview_leaves_out_is_shown_on_demand_with_its_neighbours()
    {
        var (result, root) = _thesis.Require();
        var irf4 = result.Graph.FindNode(NodeLabel.Gene, "IRF4")!;
        var overview = Strings(root.GetProperty("overview").GetProperty("nodes"));
        Assert.DoesNotContain(irf4.Uid, overview);
        var opened = root.GetProperty("opened");
        Assert.Equal([irf4.Uid], Strings(opened.GetProperty("selected")));
        Assert.Contains("open=Gene%3AIRF4", opened.GetProperty("hash").GetString(), StringComparison.Ordinal);
        var nodes = Strings(opened.GetProperty("nodes"));
        var neighbours = result.Graph.OutEdges(irf4).Select(e => e.Target).Concat(result.Graph.InEdges(irf4).Select(e => e.Source)).Select(n => n.Uid).ToList();
        Assert.NotEmpty(neighbours);
        Assert.Superset(overview.Concat(neighbours).Append(irf4.Uid).ToHashSet(), nodes.ToHashSet());
    }

    [Fact]
    public void The_view_is_saved_as_png_and_svg_of_what_is_shown()
    {
        var (_, root) = _thesis.Require();
        var saved = root.GetProperty("saved");
        Assert.Equal("genegraph-sPAP.png", saved.GetProperty("png").GetProperty("name").GetString());
        Assert.Equal("\u0089PNG\r\n\u001A\n", saved.GetProperty("png").GetProperty("head").GetString());
        Assert.True(saved.GetProperty("png").GetProperty("bytes").GetInt32() > 20_000);
        var svg = saved.GetProperty("svg");
        Assert.Equal("genegraph-sPAP.svg", svg.GetProperty("name").GetString());
        Assert.StartsWith("<svg", svg.GetProperty("head").GetString(), StringComparison.Ordinal);
        Assert.Empty(svg.GetProperty("errors").EnumerateArray());
        Assert.True(svg.GetProperty("drawn").GetProperty("width").GetInt32() > 300);
        // the SVG holds the labels of what was shown (sPAP and its genes), and nothing of the rest
        var texts = Strings(svg.GetProperty("texts"));
        Assert.Contains("sPAP", texts);
        Assert.Contains("LIF", texts);
        Assert.DoesNotContain("mPAP", texts);
        Assert.Equal(root.GetProperty("focusMin").GetProperty("nodes").GetArrayLength(), texts.Count);
    }

    [Fact]
    public void Hostile_strings_cannot_break_out_of_the_embedded_data()
    {
        NodeScripts.Require(chromium: true);
        var graph = WriterTestGraph.Build();
        const string breakOut = "</script><script>window.pwned = 1</script><!-- </SCRIPT > & \u2028 \u2029";
        graph.FindNode(NodeLabel.Gene, "LIF")!.Properties.Set("fullName", breakOut);
        var page = Path.Combine(_folder, "hostile.html");
        new HtmlViewWriter().Write(graph, new FileTarget(page));

        var screenshot = Path.Combine(NodeScripts.ArtifactsFolder(), "view-hostile.png");
        using var seen = NodeScripts.RunJson("view-page.mjs", page, screenshot, "osm", "Trait:sPAP", "0.9");
        var root = seen.RootElement;
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(4, root.GetProperty("scripts").GetInt32()); // cytoscape, canvas2svg, the data, the page's own: no injected one
        Assert.Equal(["Gene:OSM"], Strings(root.GetProperty("selected"))); // search ignores case
        Assert.Equal(graph.NodeCount + graph.EdgeCount, root.GetProperty("data").GetArrayLength());

        // every value in the page equals the .cyjs export, byte for byte
        using var cyjs = JsonDocument.Parse(WriterTests.Bytes(new CytoscapeJsWriter(), graph));
        var elements = cyjs.RootElement.GetProperty("elements");
        var expected = elements.GetProperty("nodes").EnumerateArray().Concat(elements.GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("data").GetRawText());
        var actual = root.GetProperty("data").EnumerateArray().Select(d => d.GetRawText());
        Assert.Equal(expected.Select(Canonical), actual.Select(Canonical));
        var lif = root.GetProperty("data").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "Gene:LIF");
        Assert.Equal(breakOut, lif.GetProperty("fullName").GetString());
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>JSON values as comparable text, so escaping and number spelling (JS writes 1.0 as 1) do not matter.</summary>
    private static string Canonical(string json) => Canonical(JsonDocument.Parse(json).RootElement);

    private static string Canonical(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", e.EnumerateObject().Select(p => JsonSerializer.Serialize(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", e.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.Number => "n" + BitConverter.DoubleToInt64Bits(e.GetDouble()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.String => "s" + JsonSerializer.Serialize(e.GetString()),
        _ => e.GetRawText(),
    };
}
