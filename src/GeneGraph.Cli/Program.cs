using System.CommandLine;
using System.CommandLine.Help;
using GeneGraph.Cli;
using GeneGraph.Cli.Commands;

// A plain Command rather than RootCommand, so help shows the tool's name and not the assembly's.
var root = new Command("genegraph", "GeneGraph: turn an Obsidian vault of gene notes into a knowledge graph for Neo4j and Cytoscape.")
{
    new HelpOption(),
    new VersionOption(),
    ExportCommand.Create(),
    CheckCommand.Create(),
    LoadCommand.Create(),
    QueryCommand.Create(),
    ViewCommand.Create(),
    WatchCommand.Create(),
};
foreach (var option in ReadingOptions.All) root.Options.Add(option);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"genegraph: error: {error.Message}");
    Console.Error.WriteLine("Try 'genegraph --help'.");
    return ExitCodes.Usage;
}
try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return InternalError.Report(e, parse.GetValue(ReadingOptions.Verbose), Console.Error);
}
