using System.CommandLine;
using GeneGraph.View;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph view &lt;vault&gt; -o graph.html</c>: one self-contained page that shows the graph offline.</summary>
internal static class ViewCommand
{
    public static Command Create()
    {
        var input = new VaultInput();
        var derived = new DerivedOptions();
        var selection = new SelectionOptions(derived.MinAbsR);
        var output = GraphOutput.Option("The HTML file to write ('-' for standard output). Written to a temp file, then renamed.");
        var command = new Command("view", "Read a vault and write one self-contained HTML page that shows its graph (Cytoscape.js, works offline).")
        {
            input.Vault, output, input.Strict,
        };
        foreach (var option in derived.All) command.Options.Add(option);
        foreach (var option in selection.Own) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            return GraphOutput.Run(parse, input, path, new HtmlViewWriter(), (result, _) =>
                $"wrote a page of {result.Graph.NodeCount} nodes and {result.Graph.EdgeCount} edges to {path}; open it in a browser",
                derived.Add, selection);
        });
        return command;
    }
}
