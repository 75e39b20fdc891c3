using System.CommandLine;
using GeneGraph.Diagnostics;
using GeneGraph.Enrichment;
using GeneGraph.Pipeline;
using GeneGraph.Schema;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph check &lt;vault&gt;</c>: diagnostics on stderr, a summary of what would be exported on stdout.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var input = new VaultInput { ListsEveryDiagnostic = true };
        var command = new Command("check", "Read a vault, report problems in its notes and summarise the graph it makes.")
        {
            input.Vault, input.Strict, input.GeneTable,
        };
        command.SetAction(parse =>
        {
            if (input.Read(parse) is not { } result) return ExitCodes.IoError;
            SignConflicts.Report(result.Graph, result.Diagnostics);
            WriteSummary(result, Console.Out);
            return input.Report(parse, result);
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
        foreach (var (type, count) in result.Graph.CountEdgesByType().Where(t => t.Value > 0 || !t.Key.IsDerived()))
            output.WriteLine($"  {type.QualifiedName(),-18} {count}");
        var diagnostics = result.Diagnostics;
        output.WriteLine($"diagnostics:  {diagnostics.CountOf(Severity.Error)} error(s), " +
                         $"{diagnostics.CountOf(Severity.Warning)} warning(s)" +
                         (diagnostics.CountOf(Severity.Note) is var notes and > 0 ? $", {notes} note(s)" : ""));
    }
}
