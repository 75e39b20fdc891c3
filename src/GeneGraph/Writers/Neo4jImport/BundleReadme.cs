using System.Text;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// The bundle's README.md: what the files are, how to import them, and the flags they need. The text is
/// Resources/README.md.template with one table row per file written.
/// </summary>
internal static class BundleReadme
{
    private const string FileRows = "{{FILE_ROWS}}\n";

    private static readonly string Template = BundleResources.Text("README.md.template");

    public static string Text(IReadOnlyList<(string File, int Rows)> nodeFiles, IReadOnlyList<(string File, int Rows)> relationshipFiles)
    {
        var rows = new StringBuilder();
        foreach (var (file, count) in nodeFiles.Concat(relationshipFiles))
            rows.Append("| `").Append(file).Append("` | ").Append(ValueText.Long(count)).Append(" |\n");
        return Template.Replace(FileRows, rows.ToString(), StringComparison.Ordinal);
    }
}
