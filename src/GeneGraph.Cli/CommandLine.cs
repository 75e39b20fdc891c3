using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text.RegularExpressions;
using GeneGraph.Cli.Commands;

namespace GeneGraph.Cli;

/// <summary>
/// The <c>genegraph</c> command line: its commands, usage errors in one line with the nearest valid name, help that
/// ends with examples, and shell completion through System.CommandLine's <c>[suggest]</c> protocol (dotnet-suggest).
/// </summary>
internal static partial class CommandLine
{
    public const string Name = "genegraph";

    // A plain Command rather than RootCommand, so help shows the tool's name and not the assembly's.
    public static Command Create()
    {
        var help = new HelpOption();
        help.Action = new HelpWithExamples((HelpAction)help.Action!);
        var root = new Command(Name, "GeneGraph: turn an Obsidian vault of gene notes into a knowledge graph for Neo4j and Cytoscape.")
        {
            help,
            new VersionOption(),
            ExportCommand.Create(),
            CheckCommand.Create(),
            LoadCommand.Create(),
            QueryCommand.Create(),
            ViewCommand.Create(),
            WatchCommand.Create(),
        };
        foreach (var option in ReadingOptions.All) root.Options.Add(option);
        return root;
    }

    /// <summary>
    /// One line saying what is wrong with the command line (a mistyped command or option with the nearest valid one,
    /// a bad value, a missing argument), or null when it can run.
    /// </summary>
    public static string? UsageError(Command root, ParseResult parse)
    {
        // --help and --version answer whatever else the line holds
        if (parse.Errors.Count > 0 && parse.Action is not ParseErrorAction) return null;
        var command = parse.CommandResult.Command;
        var help = command == root ? $"'{Name} --help'" : $"'{Name} {command.Name} --help'";
        if (parse.UnmatchedTokens is [var typed, ..])
        {
            if (command == root && !typed.StartsWith('-'))
                return Choices.Refusal(typed, [.. root.Subcommands.Select(c => c.Name)], "command") + $"; see {help}";
            if (typed.StartsWith('-'))
            {
                var options = command.Options.Concat(root.Options).SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct().ToList();
                var nearest = Choices.Nearest(typed, options);
                return $"unknown option '{typed}'" + (nearest is null ? "" : $"; did you mean '{nearest}'?") + $" (see {help})";
            }
            return $"unexpected argument '{typed}' (see {help})";
        }
        if (command == root && parse.Errors.Count > 0 && root.Subcommands.Count > 0 && parse.Tokens.Count == 0)
            return $"give a command: {string.Join(", ", root.Subcommands.Select(c => c.Name))} (see {help})";
        if (parse.Errors.Count > 0)
            return string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct()) + $" (see {help})";
        if (parse.GetValue(ReadingOptions.Quiet) && parse.GetValue(ReadingOptions.Verbose))
            return "--quiet and --verbose ask for opposite things; give one";
        return null;
    }

    /// <summary>
    /// Completions for a shell: <c>genegraph [suggest:N] "genegraph exp"</c> prints the words that can stand at
    /// position N of that command line, one per line (what System.CommandLine's SuggestDirective does, which only a
    /// RootCommand carries). Returns 0 when the arguments asked for completions, else null.
    /// </summary>
    public static int? Suggestions(Command root, string[] args, TextWriter output)
    {
        if (args is not [var directive, ..] || SuggestDirective().Match(directive) is not { Success: true } match) return null;
        var line = args.Length > 1 ? args[1] : "";
        int? position = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        foreach (var completion in root.Parse(line).GetCompletions(position))
            output.WriteLine(completion.Label);
        return ExitCodes.Success;
    }

    [GeneratedRegex(@"^\[suggest(?::(\d+))?\]$")]
    private static partial Regex SuggestDirective();

    /// <summary>The help System.CommandLine writes, then the command's examples.</summary>
    private sealed class HelpWithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = help.Invoke(parseResult);
            var examples = Examples.For(parseResult.CommandResult.Command.Name);
            if (examples.Count == 0) return exit;
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples) output.WriteLine("  " + example);
            output.WriteLine();
            return exit;
        }
    }
}
