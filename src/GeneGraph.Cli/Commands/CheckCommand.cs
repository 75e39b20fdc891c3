using System.CommandLine;
using GeneGraph.Diagnostics;
using GeneGraph.Pipeline;
using GeneGraph.Schema;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph check &lt;vault&gt;</c>: diagnostics on stderr, a summary of what would be exported on stdout.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var vault = CommonOptions.Vault();
        var strict = CommonOptions.Strict();
        var command = new Command("check", "Read a vault, report problems in its notes and summarise the graph it makes.")
        {
            vault, strict,
        };
        command.SetAction(parse =>
        {
            if (VaultStep.Build(parse.GetValue(vault)!) is not { } result) return ExitCodes.IoError;
            WriteSummary(result, Console.Out);
            return DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(strict), Console.Error);
        });
        return command;
    }

    internal static void WriteSummary(VaultGraphResult result, TextWriter output)
    {
        output.WriteLine($"notes read:   {result.NotesRead}");
        output.WriteLine($"gene notes:   {result.GeneNotes}");
        output.WriteLine($"nodes:        {result.Graph.NodeCount}");
        foreach (var (label, count) in result.Graph.CountNodesByLabel())
            output.WriteLine($"  {label,-18} {count}");
        output.WriteLine($"edges:        {result.Graph.EdgeCount}");
        foreach (var (type, count) in result.Graph.CountEdgesByType())
            output.WriteLine($"  {type.Name(),-18} {count}");
        output.WriteLine($"diagnostics:  {result.Diagnostics.CountOf(Severity.Error)} error(s), " +
                         $"{result.Diagnostics.CountOf(Severity.Warning)} warning(s)");
    }
}
