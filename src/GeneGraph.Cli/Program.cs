using GeneGraph.Cli;
using GeneGraph.Cli.Commands;

var root = CommandLine.Create();
if (CommandLine.Suggestions(root, args, Console.Out) is { } suggested) return suggested;

var parse = root.Parse(args);
if (CommandLine.UsageError(root, parse) is { } error)
{
    Console.Error.WriteLine(Escaped($"genegraph: error: {error}"));
    return ExitCodes.Usage;
}
try
{
    return parse.Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return InternalError.Report(e, parse.GetValue(ReadingOptions.Verbose), Console.Error);
}

static string Escaped(string line) => GeneGraph.Diagnostics.DiagnosticText.Escape(line);
