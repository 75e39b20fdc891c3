using GeneGraph.Pipeline;
using GeneGraph.References;

namespace GeneGraph.Cli.Commands;

/// <summary>The step every command shares: read the vault into a graph, or say why it could not.</summary>
internal static class VaultStep
{
    /// <summary>
    /// The graph of <paramref name="folder"/>, its genes checked against <paramref name="geneTable"/> when one is
    /// given (a path, or <c>builtin</c> for the table shipped inside GeneGraph); null (after saying so on stderr) when
    /// the folder does not exist or the table cannot be read.
    /// </summary>
    public static VaultGraphResult? Build(DirectoryInfo folder, string? geneTable = null)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"genegraph: error: vault folder '{folder}' does not exist");
            return null;
        }
        var result = VaultGraph.Build(folder.FullName);
        if (geneTable is null) return result;
        try
        {
            var table = geneTable == GeneTable.BuiltInName
                ? GeneTable.LoadBuiltIn(result.Diagnostics)
                : GeneTable.Load(geneTable, result.Diagnostics);
            GeneChecks.Run(result.Notes, table, result.Diagnostics);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"genegraph: error: cannot read the gene table '{geneTable}': {e.Message}");
            return null;
        }
    }
}
