using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Writers;

namespace GeneGraph.Cli.Commands;

/// <summary>The steps every command shares: read the vault into a graph, write a graph out; each says why it could not.</summary>
internal static class VaultStep
{
    /// <summary>The graph of <paramref name="folder"/>, or null (after saying so on stderr) when it does not exist.</summary>
    public static VaultGraphResult? Build(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"genegraph: error: vault folder '{folder}' does not exist");
            return null;
        }
        return VaultGraph.Build(folder.FullName);
    }

    /// <summary>Writes the graph to a file (atomically) or stdout; false (after saying why on stderr) when it cannot.</summary>
    public static bool TryWrite(string target, IGraphWriter writer, KnowledgeGraph graph)
    {
        try
        {
            AtomicFile.WriteGraph(target, writer, graph);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"genegraph: error: cannot write '{target}': {e.Message}");
            return false;
        }
    }
}
