using System.Text;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>The texts of Resources/, embedded in this assembly (see GeneGraph.csproj).</summary>
internal static class BundleResources
{
    private const string Prefix = "GeneGraph.Writers.Neo4jImport.Resources.";

    public static string Text(string fileName)
    {
        var assembly = typeof(BundleResources).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"resource {Prefix + fileName} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return reader.ReadToEnd();
    }
}
