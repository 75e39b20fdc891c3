using System.CommandLine;
using GeneGraph.Writers;
using GeneGraph.Writers.Kgx;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph export &lt;vault&gt; -o &lt;file|-|folder&gt; [--format graphml|json|neo4j-import]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var input = new VaultInput();
        var derived = new DerivedOptions();
        var selection = new SelectionOptions(derived.MinAbsR);
        var output = GraphOutput.Option(
            "The file to write ('-' for standard output), or the folder for neo4j-import, kgx and kgx-jsonl. Written to a temp file or folder, then renamed.");
        var streamFormats = GraphWriters.All.OfType<StreamGraphWriter>().Select(w => w.FormatName);
        var format = new Option<string?>("--format", "-f")
        {
            Description = $"The format: {string.Join(", ", streamFormats)}, or {Neo4jImportFormat.FormatName} (a folder of CSV " +
                          "files and import.sh for neo4j-admin/neo4j-import), {KgxFormat.TsvFormatName} or {KgxFormat.JsonLinesFormatName} (a folder " +
                          "of KGX nodes and edges files, Biolink terms). Default: from the output's extension.",
        };
        format.OneOf([.. GraphWriters.FormatNames]);

        var command = new Command("export", "Read a vault and write its knowledge graph as GraphML (Cytoscape, networkx, APOC), JSON, or a neo4j-import bundle (CSV files + import.sh).")
        {
            input.Vault, output, format, input.Strict, input.GeneTable,
        };
        foreach (var option in derived.All) command.Options.Add(option);
        foreach (var option in selection.Own) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            var writer = parse.GetValue(format) is { } name ? GraphWriters.ByFormat(name) : GraphWriters.ForPath(path);
            if (writer is null)
            {
                Console.Error.WriteLine($"genegraph: error: cannot tell the format of '{path}'; give --format ({string.Join("|", GraphWriters.FormatNames)})");
                return ExitCodes.Usage;
            }
            if (writer is KgxWriter kgx) writer = kgx.ForVault(parse.GetValue(input.Vault)!.Name);
            return GraphOutput.Run(parse, input, path, writer, (result, note) =>
                $"wrote {result.Graph.NodeCount} nodes and {result.Graph.EdgeCount} edges " +
                $"from {result.GeneNotes} gene notes ({result.NotesRead} notes) to {path}" +
                (note is null ? "" : ": " + note), derived.Add, selection);
        });
        return command;
    }
}
