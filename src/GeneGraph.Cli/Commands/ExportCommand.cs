using System.CommandLine;
using GeneGraph.Writers;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph export &lt;vault&gt; -o &lt;file|-&gt; [--format graphml|json]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var vault = CommonOptions.Vault();
        var strict = CommonOptions.Strict();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The file to write ('-' for standard output). Written to a temp file, then renamed.",
            Required = true,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"The format: {string.Join(", ", GraphWriters.FormatNames)}. Default: from the output's extension.",
        };
        format.AcceptOnlyFromAmong([.. GraphWriters.FormatNames]);

        var command = new Command("export", "Read a vault and write its knowledge graph as GraphML (Cytoscape, networkx, APOC) or JSON.")
        {
            vault, output, format, strict,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            var writer = parse.GetValue(format) is { } name ? GraphWriters.ByFormat(name) : GraphWriters.ForPath(target);
            if (writer is null)
            {
                Console.Error.WriteLine($"genegraph: error: cannot tell the format of '{target}'; give --format ({string.Join("|", GraphWriters.FormatNames)})");
                return ExitCodes.Usage;
            }
            if (VaultStep.Build(parse.GetValue(vault)!) is not { } result) return ExitCodes.IoError;
            var exit = DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(strict), Console.Error);
            try
            {
                AtomicFile.WriteGraph(target, writer, result.Graph);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"genegraph: error: cannot write '{target}': {e.Message}");
                return ExitCodes.IoError;
            }
            if (target != AtomicFile.StandardOutput)
                Console.Error.WriteLine($"wrote {result.Graph.NodeCount} nodes and {result.Graph.EdgeCount} edges " +
                                        $"from {result.GeneNotes} gene notes ({result.NotesRead} notes) to {target}");
            return exit;
        });
        return command;
    }
}
