using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Writers;
using GeneGraph.Writers.Output;

namespace GeneGraph.Tests.TestSupport;

/// <summary>The bytes <c>genegraph export</c> writes for a graph or a vault, made in memory.</summary>
internal static class FreshExport
{
    public static byte[] Of(KnowledgeGraph graph, string format)
    {
        using var stream = new MemoryStream();
        GraphWriters.ByFormat(format)!.Write(graph, new OpenStreamTarget(stream, format));
        return stream.ToArray();
    }

    public static byte[] Of(string vaultFolder, string format) => Of(VaultGraph.Build(vaultFolder).Graph, format);

    /// <summary>What <c>export &lt;vault&gt; -o &lt;file&gt;</c> writes into <paramref name="file"/> (the format from its extension).</summary>
    public static byte[] ForFile(string vaultFolder, string file)
    {
        using var stream = new MemoryStream();
        GraphWriters.ForPath(file)!.Write(VaultGraph.Build(vaultFolder).Graph, new OpenStreamTarget(stream, file));
        return stream.ToArray();
    }
}
