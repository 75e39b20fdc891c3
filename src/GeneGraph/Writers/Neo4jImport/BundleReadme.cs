using System.Text;
using GeneGraph.Graph;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// The bundle's README.md: what the files are, how to import them, and the flags they need. The text is
/// Resources/README.md.template with one table row per file written, and after the table, for a partial export, the
/// filters it was made with (the graph's properties).
/// </summary>
internal static class BundleReadme
{
    private const string FileRows = "{{FILE_ROWS}}\n";

    private static readonly string Template = BundleResources.Text("README.md.template");

    public static string Text(IReadOnlyList<(string File, int Rows)> nodeFiles, IReadOnlyList<(string File, int Rows)> relationshipFiles,
        PropertyBag graphProperties)
    {
        var rows = new StringBuilder();
        foreach (var (file, count) in nodeFiles.Concat(relationshipFiles))
            rows.Append("| `").Append(file).Append("` | ").Append(ValueText.Long(count)).Append(" |\n");
        if (graphProperties.Count > 0)
        {
            rows.Append("\nA part of the vault's graph (a partial export, docs/partial-exports.md), selected by:\n\n");
            foreach (var (name, value) in graphProperties)
                rows.Append("- `").Append(name).Append("`: `").Append(ValueText.Invariant(value)).Append("`\n");
        }
        return Template.Replace(FileRows, rows.ToString(), StringComparison.Ordinal);
    }
}
