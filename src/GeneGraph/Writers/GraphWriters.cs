using GeneGraph.Writers.Kgx;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Writers;

/// <summary>The known graph writers, found by format name or by file extension (both case-insensitive).</summary>
public static class GraphWriters
{
    public static IReadOnlyList<IGraphWriter> All { get; } =
    [
        new GraphMLWriter(), new JsonGraphWriter(), CypherScriptWriter.Modern, CypherScriptWriter.Neo4j3, new CytoscapeJsWriter(),
        new Neo4jImportBundleWriter(), KgxWriter.Tsv, KgxWriter.JsonLines,
    ];

    /// <summary>The writer named <paramref name="formatName"/> (<c>graphml</c>, <c>json</c>), else null.</summary>
    public static IGraphWriter? ByFormat(string formatName) =>
        All.FirstOrDefault(w => string.Equals(w.FormatName, formatName?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The writer for an extension, with or without its dot (<c>.graphml</c>, <c>json</c>), else null.</summary>
    public static IGraphWriter? ByExtension(string extension)
    {
        if (string.IsNullOrWhiteSpace(extension)) return null;
        var withDot = extension.StartsWith('.') ? extension : "." + extension;
        return All.FirstOrDefault(w => string.Equals(w.DefaultExtension, withDot, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The writer for a file path's extension (<c>out/graph.GraphML</c>), else null.</summary>
    public static IGraphWriter? ForPath(string path) => ByExtension(Path.GetExtension(path));

    /// <summary>The format names, for help text and error messages.</summary>
    public static IEnumerable<string> FormatNames => All.Select(w => w.FormatName);
}
