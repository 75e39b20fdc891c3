using System.Text;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// The bundle's <c>import.sh</c>: finds Neo4j's offline importer, tells the version, and runs the matching command
/// with every file of the bundle and the flags that match how the files were written. Needs bash, never the network.
/// The script is Resources/import.sh.template with the bundle's file lists filled in.
/// </summary>
internal static class ImportScript
{
    private static readonly string Template = BundleResources.Text("import.sh.template");

    public static string Text(IReadOnlyList<string> nodeFiles, IReadOnlyList<string> relationshipFiles) =>
        new StringBuilder(Template)
            .Replace("{{NODE_FILES}}", string.Join(' ', nodeFiles))
            .Replace("{{RELATIONSHIP_FILES}}", string.Join(' ', relationshipFiles))
            .ToString();
}
