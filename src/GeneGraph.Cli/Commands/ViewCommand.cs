using System.CommandLine;
using GeneGraph.Writers;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph view &lt;vault&gt; -o graph.html</c>: one self-contained page that shows the graph offline.</summary>
internal static class ViewCommand
{
    public static Command Create()
    {
        var vault = CommonOptions.Vault();
        var strict = CommonOptions.Strict();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The HTML file to write ('-' for standard output). Written to a temp file, then renamed.",
            Required = true,
        };
        var command = new Command("view", "Read a vault and write one self-contained HTML page that shows its graph (Cytoscape.js, works offline).")
        {
            vault, output, strict,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(output)!;
            if (VaultStep.Build(parse.GetValue(vault)!) is not { } result) return ExitCodes.IoError;
            var exit = DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(strict), Console.Error);
            if (!VaultStep.TryWrite(target, new HtmlViewWriter(), result.Graph)) return ExitCodes.IoError;
            if (target != AtomicFile.StandardOutput)
                Console.Error.WriteLine($"wrote a page of {result.Graph.NodeCount} nodes and {result.Graph.EdgeCount} edges to {target}; open it in a browser");
            return exit;
        });
        return command;
    }
}
