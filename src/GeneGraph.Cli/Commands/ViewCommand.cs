using System.CommandLine;
using GeneGraph.View;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph view &lt;vault&gt; -o graph.html</c>: one self-contained page that shows the graph offline.</summary>
internal static class ViewCommand
{
    public static Command Create()
    {
        var vault = CommonOptions.Vault();
        var strict = CommonOptions.Strict();
        var derived = new DerivedOptions();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The HTML file to write ('-' for standard output). Written to a temp file, then renamed.",
            Required = true,
        };
        var command = new Command("view", "Read a vault and write one self-contained HTML page that shows its graph (Cytoscape.js, works offline).")
        {
            vault, output, strict,
        };
        foreach (var option in derived.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var writer = new HtmlViewWriter();
            if (GraphOutput.Target(path, writer, out var refused) is not { } target) return refused;
            if (VaultStep.Build(parse.GetValue(vault)!) is not { } result) return ExitCodes.IoError;
            var exit = DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(strict), Console.Error);
            if (derived.Add(parse, result) is var failed and not ExitCodes.Success) return failed;
            if (!GraphOutput.TryWrite(target, writer, result.Graph, out _)) return ExitCodes.IoError;
            if (path != GraphOutput.StandardOutput)
                Console.Error.WriteLine($"wrote a page of {result.Graph.NodeCount} nodes and {result.Graph.EdgeCount} edges to {path}; open it in a browser");
            return exit;
        });
        return command;
    }
}
