using System.Text.Json;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Tests.Writers;
using GeneGraph.View;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.View;

/// <summary>
/// <c>genegraph view</c> pages opened in headless Chromium: offline, no console errors, every element rendered,
/// search, filters and the details panel work; screenshots land in TestResults/visual beside the test assembly.
/// </summary>
public sealed class ViewPageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("genegraph-view-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_thesis_vault_page_renders_every_element_and_search_and_filters_work()
    {
        NodeScripts.Require(chromium: true);
        var vault = RepoPaths.ThesisVault();
        var graph = GeneGraph.Pipeline.VaultGraph.Build(vault).Graph;
        var page = Path.Combine(_folder, "thesis.html");
        var run = GeneGraphProcess.Run("view", vault, "-o", page);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var screenshot = Path.Combine(NodeScripts.ArtifactsFolder(), "view-thesis.png");
        using var seen = NodeScripts.RunJson("view-page.mjs", page, screenshot, "LIF", "Trait:sPAP", "0.5");
        var root = seen.RootElement;
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
        Assert.Empty(root.GetProperty("requests").EnumerateArray()); // offline: nothing but the file itself
        Assert.Equal(graph.NodeCount, root.GetProperty("total").GetProperty("nodes").GetInt32());
        Assert.Equal(graph.EdgeCount, root.GetProperty("total").GetProperty("edges").GetInt32());
        Assert.Equal(graph.NodeCount, root.GetProperty("rendered").GetProperty("nodes").GetInt32());
        Assert.Equal(graph.EdgeCount, root.GetProperty("rendered").GetProperty("edges").GetInt32());

        Assert.Equal(["Gene:LIF"], Strings(root.GetProperty("selected")));
        var lif = graph.FindNode(NodeLabel.Gene, "LIF")!;
        foreach (var details in new[] { "detailsAfterSearch", "detailsAfterClick" })
        {
            var text = root.GetProperty(details).GetString()!;
            Assert.Contains("Gene:LIF", text, StringComparison.Ordinal);
            Assert.Contains(lif.Sources.First().ToString(), text, StringComparison.Ordinal); // the source note
        }

        var sPap = graph.FindNode(NodeLabel.Trait, "sPAP")!;
        var toSPap = graph.EdgesOfType(RelationshipType.CorrelatesWith).Where(e => e.Target == sPap).ToList();
        Assert.NotEmpty(toSPap);
        var afterTrait = root.GetProperty("afterTrait");
        Assert.Equal(["Trait:sPAP"], Strings(afterTrait.GetProperty("traits")));
        Assert.Equal(toSPap.Select(e => e.Uid).Order(StringComparer.Ordinal), Strings(afterTrait.GetProperty("correlations")).Order(StringComparer.Ordinal));
        var strong = toSPap.Where(e => Math.Abs((double)e.Properties["r"]!) >= 0.5).Select(e => e.Uid).Order(StringComparer.Ordinal).ToList();
        Assert.True(strong.Count < toSPap.Count, "the |r| filter must hide something on this vault");
        Assert.Equal(strong, Strings(root.GetProperty("afterMinAbsR").GetProperty("correlations")).Order(StringComparer.Ordinal));
        Assert.True(new FileInfo(screenshot).Length > 10_000);
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
        Assert.Equal(3, root.GetProperty("scripts").GetInt32()); // cytoscape, the data, the page's own: no injected one
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
