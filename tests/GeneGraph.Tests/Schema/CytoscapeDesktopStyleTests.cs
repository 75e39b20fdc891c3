using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Schema;

/// <summary>
/// cytoscape/genegraph.xml, the style for Cytoscape desktop (a vizmap document, File → Import → Styles from File…),
/// is genegraph-style.json (the Cytoscape.js style) rule by rule: both files are parsed and every property of every
/// rule is looked up in the other, so a change to one that the other lacks fails here.
/// </summary>
public sealed partial class CytoscapeDesktopStyleTests
{
    /// <summary>Cytoscape.js shapes as Cytoscape desktop names them; desktop has no star, so a star is an octagon.</summary>
    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        ["ellipse"] = "ELLIPSE",
        ["diamond"] = "DIAMOND",
        ["star"] = "OCTAGON",
        ["round-rectangle"] = "ROUND_RECTANGLE",
        ["triangle"] = "TRIANGLE",
        ["rectangle"] = "RECTANGLE",
        ["hexagon"] = "HEXAGON",
    };

    /// <summary>The Cytoscape.js rules a desktop mapping cannot express (each reads two columns): the derived edges'.</summary>
    private static readonly string[] NotInDesktop =
    [
        """edge[interaction = "CORRELATES_WITH_TRAIT"]""", """edge[interaction = "CORRELATES_WITH_TRAIT"][!signsAgree]""",
        """edge[interaction = "ENRICHED_IN"]""", """edge[interaction = "ENRICHED_IN"][q <= 0.05]""",
    ];

    private static readonly List<(string Selector, Dictionary<string, JsonElement> Style)> Js = ReadJs();
    private static readonly XElement Style = ReadDesktop();

    private static List<(string, Dictionary<string, JsonElement>)> ReadJs()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.RepoRoot(), "cytoscape", "genegraph-style.json")));
        return [.. json.RootElement.EnumerateArray().Select(rule => (
            rule.GetProperty("selector").GetString()!,
            rule.GetProperty("style").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())))];
    }

    private static XElement ReadDesktop()
    {
        var document = XDocument.Load(Path.Combine(RepoPaths.RepoRoot(), "cytoscape", "genegraph.xml"));
        Assert.Equal("vizmap", document.Root!.Name.LocalName);
        Assert.Equal("3.1", (string?)document.Root.Attribute("documentVersion"));
        return Assert.Single(document.Root.Elements("visualStyle"));
    }

    private static XElement Property(string domain, string name) =>
        Assert.Single(Style.Element(domain)!.Elements("visualProperty"), p => (string?)p.Attribute("name") == name);

    private static string Default(string domain, string name) => (string)Property(domain, name).Attribute("default")!;

    /// <summary>A discrete mapping on <c>kind</c>: kind → value.</summary>
    private static Dictionary<string, string> ByKind(string name)
    {
        var mapping = Assert.Single(Property("node", name).Elements("discreteMapping"));
        Assert.Equal("kind", (string?)mapping.Attribute("attributeName"));
        Assert.Equal("string", (string?)mapping.Attribute("attributeType"));
        return mapping.Elements("discreteMappingEntry").ToDictionary(e => (string)e.Attribute("attributeValue")!, e => (string)e.Attribute("value")!);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : Number(value.GetString()!);

    [GeneratedRegex("""^node\[kind = "(\w+)"\]$""")]
    private static partial Regex KindRule();

    [GeneratedRegex("""^mapData\((\w+), ([-\d.]+), ([-\d.]+), ([-\d.]+), ([-\d.]+)\)$""")]
    private static partial Regex MapData();

    [Fact]
    public void The_node_defaults_are_the_node_rule_of_the_Cytoscape_js_style()
    {
        var node = Assert.Single(Js, r => r.Selector == "node").Style;
        Assert.Equal("data(name)", node["label"].GetString());
        var label = Assert.Single(Property("node", "NODE_LABEL").Elements("passthroughMapping"));
        Assert.Equal(NodeProperties.Name.Name, (string?)label.Attribute("attributeName"));
        Assert.Equal(node["background-color"].GetString(), Default("node", "NODE_FILL_COLOR"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Number(node["width"]), Number(Default("node", "NODE_SIZE")));
        Assert.Equal(Number(node["height"]), Number(Default("node", "NODE_SIZE")));
        Assert.Equal(Number(node["font-size"]), Number(Default("node", "NODE_LABEL_FONT_SIZE")));
        Assert.Equal("bottom", node["text-valign"].GetString());
        Assert.StartsWith("S,N,", Default("node", "NODE_LABEL_POSITION"), StringComparison.Ordinal); // the label's top at the node's bottom
        Assert.Equal("ELLIPSE", Default("node", "NODE_SHAPE")); // Cytoscape.js's default shape
        Assert.Contains(Style.Element("node")!.Elements("dependency"), d => (string?)d.Attribute("name") == "nodeSizeLocked" && (string?)d.Attribute("value") == "true");
    }

    [Fact]
    public void Fill_shape_size_and_label_by_kind_are_the_kind_rules_of_the_Cytoscape_js_style_and_nothing_else()
    {
        var kindRules = Js.Select(r => (Match: KindRule().Match(r.Selector), r.Style)).Where(r => r.Match.Success)
            .ToDictionary(r => r.Match.Groups[1].Value, r => r.Style);
        Assert.Equal(Enum.GetNames<NodeLabel>().Order(), kindRules.Keys.Order()); // one rule per label, each a kind the exports write

        var fill = ByKind("NODE_FILL_COLOR");
        var shape = ByKind("NODE_SHAPE");
        var size = ByKind("NODE_SIZE");
        var fontSize = ByKind("NODE_LABEL_FONT_SIZE");
        var fontFace = ByKind("NODE_LABEL_FONT_FACE");
        foreach (var (kind, style) in kindRules)
        {
            Assert.Equal(style["background-color"].GetString(), fill[kind], StringComparer.OrdinalIgnoreCase);
            Assert.Equal(Shapes[style["shape"].GetString()!], shape[kind]);
            if (style.TryGetValue("width", out var width))
            {
                Assert.Equal(Number(width), Number(style["height"]));
                Assert.Equal(Number(width), Number(size[kind]));
            }
            else
            {
                Assert.False(size.ContainsKey(kind), $"NODE_SIZE maps {kind}, which keeps the node rule's size in Cytoscape.js");
            }
            Assert.Equal(style.TryGetValue("font-size", out var font) ? Number(font) : (double?)null, fontSize.TryGetValue(kind, out var f) ? Number(f) : null);
            Assert.Equal(style.TryGetValue("font-weight", out var weight) && weight.GetString() == "bold", fontFace.TryGetValue(kind, out var face) && face.Contains(",bold,", StringComparison.Ordinal));
            var carried = new HashSet<string> { "background-color", "shape", "width", "height", "font-size", "font-weight" };
            Assert.All(style.Keys, k => Assert.Contains(k, carried));
        }
        Assert.All(fill.Keys.Concat(shape.Keys).Concat(size.Keys).Concat(fontSize.Keys).Concat(fontFace.Keys), k => Assert.Contains(k, kindRules.Keys));
    }

    [Fact]
    public void Edge_width_by_absR_and_colour_by_r_are_the_correlation_rules_of_the_Cytoscape_js_style()
    {
        var edge = Assert.Single(Js, r => r.Selector == "edge").Style;
        Assert.Equal(Number(edge["width"]), Number(Default("edge", "EDGE_WIDTH")));
        Assert.Equal(edge["line-color"].GetString(), Default("edge", "EDGE_STROKE_UNSELECTED_PAINT"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal("triangle", edge["target-arrow-shape"].GetString());
        Assert.Equal("DELTA", Default("edge", "EDGE_TARGET_ARROW_SHAPE"));
        Assert.Contains(Style.Element("edge")!.Elements("dependency"), d => (string?)d.Attribute("name") == "arrowColorMatchesEdge" && (string?)d.Attribute("value") == "true");

        // width: mapData(absR, 0, 1, 1, 9) is the line through (0, 1) and (1, 9), held outside it
        var width = MapData().Match(Assert.Single(Js, r => r.Selector == """edge[interaction = "CORRELATES_WITH"]""").Style["width"].GetString()!);
        Assert.True(width.Success);
        var widthMapping = Assert.Single(Property("edge", "EDGE_WIDTH").Elements("continuousMapping"));
        Assert.Equal(RelationshipProperties.AbsR.Name, width.Groups[1].Value);
        Assert.Equal(RelationshipProperties.AbsR.Name, (string?)widthMapping.Attribute("attributeName"));
        Assert.Equal("float", (string?)widthMapping.Attribute("attributeType"));
        var points = widthMapping.Elements("continuousMappingPoint").Select(p => (
            At: Number((string)p.Attribute("attrValue")!), Lesser: Number((string)p.Attribute("lesserValue")!),
            Equal: Number((string)p.Attribute("equalValue")!), Greater: Number((string)p.Attribute("greaterValue")!))).ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal((Number(width.Groups[2].Value), Number(width.Groups[4].Value)), (points[0].At, points[0].Equal));
        Assert.Equal((Number(width.Groups[3].Value), Number(width.Groups[5].Value)), (points[1].At, points[1].Equal));
        Assert.Equal(points[0].Equal, points[0].Lesser);
        Assert.Equal(points[1].Equal, points[1].Greater);

        // colour: [r >= 0] red, [r < 0] blue, one step at 0
        var positive = Assert.Single(Js, r => r.Selector == """edge[interaction = "CORRELATES_WITH"][r >= 0]""").Style;
        var negative = Assert.Single(Js, r => r.Selector == """edge[interaction = "CORRELATES_WITH"][r < 0]""").Style;
        Assert.Equal(positive["line-color"].GetString(), positive["target-arrow-color"].GetString());
        Assert.Equal(negative["line-color"].GetString(), negative["target-arrow-color"].GetString());
        var colour = Assert.Single(Property("edge", "EDGE_STROKE_UNSELECTED_PAINT").Elements("continuousMapping"));
        Assert.Equal(RelationshipProperties.R.Name, (string?)colour.Attribute("attributeName"));
        Assert.Equal("float", (string?)colour.Attribute("attributeType"));
        var step = Assert.Single(colour.Elements("continuousMappingPoint"));
        Assert.Equal(0.0, Number((string)step.Attribute("attrValue")!));
        Assert.Equal(negative["line-color"].GetString(), (string?)step.Attribute("lesserValue"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(positive["line-color"].GetString(), (string?)step.Attribute("equalValue"), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(positive["line-color"].GetString(), (string?)step.Attribute("greaterValue"), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_rule_of_the_Cytoscape_js_style_is_in_the_desktop_style_but_the_derived_edges_ones()
    {
        var carried = new HashSet<string>(StringComparer.Ordinal)
        {
            "node", "edge", """edge[interaction = "CORRELATES_WITH"]""", """edge[interaction = "CORRELATES_WITH"][r >= 0]""",
            """edge[interaction = "CORRELATES_WITH"][r < 0]""",
        };
        Assert.Equal(NotInDesktop, Js.Select(r => r.Selector).Where(s => !carried.Contains(s) && !KindRule().IsMatch(s)));
        // the mapped columns are the ones GeneGraph's GraphML and .cyjs exports write
        Assert.Contains("kind", GraphMLWriter.NodeColumns);
        var mapped = Style.Descendants().Select(e => (string?)e.Attribute("attributeName")).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["absR", "kind", "name", "r"], mapped);
    }
}
