using System.CommandLine;
using GeneGraph.Pipeline;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// What every command reads: the vault argument and <c>--strict</c>, and the steps they serve, reading the vault into
/// a graph and printing its diagnostics.
/// </summary>
internal sealed class VaultInput
{
    public Argument<DirectoryInfo> Vault { get; } = new("vault")
    {
        Description = "The Obsidian vault folder (every *.md below it is read; hidden folders are skipped).",
    };

    public Option<bool> Strict { get; } = new("--strict")
    {
        Description = "Exit with 1 when any warning was reported, not only on errors.",
    };

    /// <summary>The graph of the vault, or null (after saying so on stderr) when its folder does not exist.</summary>
    public VaultGraphResult? Read(ParseResult parse)
    {
        var folder = parse.GetValue(Vault)!;
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"genegraph: error: vault folder '{folder}' does not exist");
            return null;
        }
        return VaultGraph.Build(folder.FullName);
    }

    /// <summary>Prints the diagnostics on stderr; returns the exit code they call for (under <c>--strict</c>, warnings fail).</summary>
    public int Report(ParseResult parse, VaultGraphResult result) =>
        DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(Strict), Console.Error);
}
