using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Writers;

namespace GeneGraph.View;

/// <summary>
/// One self-contained HTML page that shows the graph with Cytoscape.js, offline: the page template
/// (viewer.html), cytoscape.min.js and canvas2svg.js (taken from the npm registry at build time, see view/package.json)
/// are embedded in this assembly (GeneGraph.View, the only project whose build needs npm); the graph is embedded as
/// Cytoscape.js JSON (<see cref="CytoscapeJsWriter"/>) in a <c>&lt;script type="application/json"&gt;</c> element, with <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> written as
/// <c>\u003C</c>… so no note text can end the element (<c>&lt;/script&gt;</c>) or open a comment.
/// </summary>
public sealed class HtmlViewWriter : StreamGraphWriter
{
    public const string TemplateResource = "GeneGraph.View.viewer.html";
    public const string CytoscapeResource = "GeneGraph.View.cytoscape.min.js";
    public const string SvgContextResource = "GeneGraph.View.canvas2svg.js";
    private const string CytoscapeMarker = "/*__CYTOSCAPE__*/";
    private const string SvgContextMarker = "/*__CANVAS2SVG__*/";
    private const string GraphMarker = "/*__GRAPH_JSON__*/";
    private const string DerivedStyleMarker = "/*__DERIVED_STYLE__*/";

    /// <summary>
    /// The style of the derived relationships (as cytoscape/genegraph-style.json has it), put into the page only when
    /// the graph holds them, so a page without <c>--derived</c> stays byte for byte what it was.
    /// </summary>
    private const string DerivedStyle = """
        ,
        { selector: 'edge[interaction = "CORRELATES_WITH_TRAIT"]', style: { 'width': 'mapData(maxAbsR, 0, 1, 1, 9)', 'line-color': '#F36924', 'target-arrow-color': '#F36924' } },
        { selector: 'edge[interaction = "CORRELATES_WITH_TRAIT"][!signsAgree]', style: { 'line-style': 'dashed' } },
        { selector: 'edge[interaction = "ENRICHED_IN"]', style: { 'width': 'mapData(fold, 1, 20, 1, 8)', 'line-color': '#6A3D9A', 'target-arrow-color': '#6A3D9A', 'line-style': 'dotted' } },
        { selector: 'edge[interaction = "ENRICHED_IN"][q <= 0.05]', style: { 'line-style': 'solid' } }
    """;

    private static readonly JsonWriterOptions EmbeddedJsonOptions = new()
    {
        Indented = false,
        // escapes <, >, &, quotes and every non-ASCII character: safe inside a script element
        Encoder = JavaScriptEncoder.Default,
    };

    public override string FormatName => "html";

    public override string DefaultExtension => ".html";

    protected override void WriteGraph(KnowledgeGraph graph, Stream output)
    {
        var template = Resource(TemplateResource);
        var cytoscape = Inlinable(CytoscapeResource);
        var svgContext = Inlinable(SvgContextResource);
        var cyAt = template.IndexOf(CytoscapeMarker, StringComparison.Ordinal);
        var svgAt = template.IndexOf(SvgContextMarker, StringComparison.Ordinal);
        var dataAt = template.IndexOf(GraphMarker, StringComparison.Ordinal);
        if (cyAt < 0 || svgAt < cyAt || dataAt < svgAt) throw new InvalidOperationException("the page template lacks its markers");

        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.Write(template.AsSpan(0, cyAt));
        writer.Write(cytoscape);
        writer.Write(template.AsSpan(cyAt + CytoscapeMarker.Length, svgAt - cyAt - CytoscapeMarker.Length));
        writer.Write(svgContext);
        writer.Write(template.AsSpan(svgAt + SvgContextMarker.Length, dataAt - svgAt - SvgContextMarker.Length));
        writer.Flush();
        using (var json = new Utf8JsonWriter(output, EmbeddedJsonOptions))
        {
            CytoscapeJsWriter.WriteDocument(json, graph);
            json.Flush();
        }
        var derived = graph.Edges.Any(e => e.Type.IsDerived());
        writer.Write(template[(dataAt + GraphMarker.Length)..].Replace(DerivedStyleMarker, derived ? DerivedStyle : "", StringComparison.Ordinal));
        writer.Flush();
    }

    /// <summary>A script resource that can go inside a script element as it is.</summary>
    private static string Inlinable(string name)
    {
        var script = Resource(name);
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase) || script.Contains("<!--", StringComparison.Ordinal))
            throw new InvalidOperationException($"the embedded {name} holds '</script' or '<!--' and cannot be inlined as it is");
        return script;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlViewWriter).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing from {typeof(HtmlViewWriter).Assembly.GetName().Name}: " +
                                                   "the build embeds it from view/node_modules (npm ci in view/)");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
