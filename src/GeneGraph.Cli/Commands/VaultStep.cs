using GeneGraph.Pipeline;
using GeneGraph.Vault;

namespace GeneGraph.Cli.Commands;

/// <summary>The step every command shares: read the vault into a graph, or say why it could not.</summary>
internal static class VaultStep
{
    /// <summary>The bounds of this run, from the command line (<see cref="ReadingOptions"/>).</summary>
    public static VaultLimits Limits { get; set; } = VaultLimits.Default;

    /// <summary>The graph of <paramref name="folder"/>, or null (after saying so on stderr) when it does not exist.</summary>
    public static VaultGraphResult? Build(DirectoryInfo folder)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"genegraph: error: vault folder '{folder}' does not exist");
            return null;
        }
        return VaultGraph.Build(folder.FullName, Limits);
    }
}
