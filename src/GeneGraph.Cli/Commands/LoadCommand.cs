using System.CommandLine;
using System.Globalization;
using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using GeneGraph.Schema;
using Spectre.Console;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph load &lt;vault&gt; --uri … --user … [--password …]</c>: the graph into Neo4j over Bolt.</summary>
internal static class LoadCommand
{
    public const string PasswordVariable = "NEO4J_PASSWORD";

    public static Command Create()
    {
        var options = new Options();
        var command = new Command("load", "Read a vault and write its graph into Neo4j: constraints, then nodes and relationships in batches (idempotent).")
        {
            options.Vault, options.Uri, options.User, options.Password, options.Database, options.BatchSize, options.Concurrency,
            options.Timeout, options.Strict, options.GeneTable,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, options, cancellationToken));
        return command;
    }

    /// <summary>The arguments and options of <c>load</c>.</summary>
    private sealed class Options
    {
        public Argument<DirectoryInfo> Vault { get; } = CommonOptions.Vault();

        public Option<bool> Strict { get; } = CommonOptions.Strict();

        public Option<string?> GeneTable { get; } = CommonOptions.GeneTable();

        public Option<string> Uri { get; } = new("--uri")
        {
            Description = "The server: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// (port 7687 by default).",
            DefaultValueFactory = _ => "bolt://localhost:7687",
        };

        public Option<string> User { get; } = new("--user", "-u") { Description = "The user name.", DefaultValueFactory = _ => "neo4j" };

        public Option<string?> Password { get; } = new("--password", "-p")
        {
            Description = $"The password; better given in the environment variable {PasswordVariable}. Never printed.",
        };

        public Option<string?> Database { get; } = new("--database", "-d") { Description = "The database (Neo4j 4.0+); the server's default when omitted." };

        public Option<int> BatchSize { get; } = AtLeastOne(new Option<int>("--batch-size")
        {
            Description = "Rows per transaction.",
            DefaultValueFactory = _ => new LoadOptions().BatchSize,
        });

        public Option<int> Concurrency { get; } = AtLeastOne(new Option<int>("--concurrency")
        {
            Description = "How many labels (then relationship types) load at once, on separate connections; never two " +
                          "that touch the same label. 1: one batch at a time.",
            DefaultValueFactory = _ => new LoadOptions().Concurrency,
        });

        public Option<double?> Timeout { get; } = PositiveSeconds(new Option<double?>("--timeout")
        {
            Description = "Give up after this many seconds: connecting, waiting for any answer, and retrying a failed batch " +
                          "(default: 30 s to connect and to retry, no limit on an answer).",
        });

        // The validators read the token: a value that does not parse gets System.CommandLine's own error (GetValue would throw).
        private static Option<int> AtLeastOne(Option<int> option)
        {
            option.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 1)
                    r.AddError($"{option.Name} must be at least 1");
            });
            return option;
        }

        private static Option<double?> PositiveSeconds(Option<double?> option)
        {
            option.Validators.Add(r =>
            {
                if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) &&
                    !(s > 0 && s <= int.MaxValue / 1000))
                    r.AddError($"{option.Name} must be a positive number of seconds");
            });
            return option;
        }
    }

    /// <summary>Builds the graph, prints its diagnostics, loads it and prints the server's summary.</summary>
    private static async Task<int> RunAsync(ParseResult parse, Options options, CancellationToken cancellationToken)
    {
        if (VaultStep.Build(parse.GetValue(options.Vault)!, parse.GetValue(options.GeneTable)) is not { } result) return ExitCodes.IoError;
        var exit = DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(options.Strict), Console.Error);
        var secret = parse.GetValue(options.Password) ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? "";
        var loadOptions = new LoadOptions
        {
            Database = parse.GetValue(options.Database),
            BatchSize = parse.GetValue(options.BatchSize),
            Concurrency = parse.GetValue(options.Concurrency),
        };
        try
        {
            await using var driver = new BoltDriver(
                parse.GetValue(options.Uri)!, AuthToken.Basic(parse.GetValue(options.User)!, secret), DriverOptions(parse.GetValue(options.Timeout)));
            var summary = await Load(new Neo4jLoader(driver, loadOptions), result.Graph, cancellationToken);
            WriteSummary(summary, Console.Out);
            return exit;
        }
        catch (Exception e) when (e is Neo4jException or LoadException or ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"genegraph: error: {Describe(e)}");
            return ExitCodes.Neo4jFailed;
        }
    }

    /// <summary><c>--timeout</c> bounds the connect, every wait for an answer, and the retries of a batch.</summary>
    private static BoltDriverOptions DriverOptions(double? timeoutSeconds)
    {
        if (timeoutSeconds is not { } seconds) return BoltDriverOptions.Default;
        var limit = TimeSpan.FromSeconds(seconds);
        return BoltDriverOptions.Default with { ConnectTimeout = limit, ReadTimeout = limit, MaxTransactionRetryTime = limit };
    }

    private static async Task<LoadSummary> Load(Neo4jLoader loader, KnowledgeGraph graph, CancellationToken cancellationToken)
    {
        if (Console.IsErrorRedirected)
            return await loader.LoadAsync(graph, null, cancellationToken);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        LoadSummary? summary = null;
        await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("loading", maxValue: Math.Max(1, graph.NodeCount + graph.EdgeCount));
            var progress = new Progress<LoadProgress>(p =>
            {
                task.Value = Math.Max(task.Value, p.RowsWritten); // Progress<T> may deliver reports out of order
                task.Description = p.Step;
            });
            summary = await loader.LoadAsync(graph, progress, cancellationToken);
        });
        return summary!;
    }

    /// <summary>One line naming the cause; the exception's own text never holds the password.</summary>
    private static string Describe(Exception e) => e switch
    {
        LoadException load => $"{load.Batch} failed and was rolled back: {Describe(load.InnerException!)} Loading again completes the load.",
        AuthenticationException auth => $"the server refused the user name or password ({auth.Code})",
        Neo4jException neo when neo.Code.StartsWith("Neo.", StringComparison.Ordinal) => $"{neo.Message} ({neo.Code})",
        _ => e.Message,
    };

    internal static void WriteSummary(LoadSummary summary, TextWriter output)
    {
        output.WriteLine($"server:                {summary.Server}");
        output.WriteLine($"batches:               {summary.Batches}");
        output.WriteLine($"nodes created:         {summary.NodesCreated}");
        output.WriteLine($"relationships created: {summary.RelationshipsCreated}");
        output.WriteLine($"properties set:        {summary.PropertiesSet}");
        output.WriteLine($"constraints added:     {summary.ConstraintsAdded}");
        output.WriteLine($"indexes added:         {summary.IndexesAdded}");
        output.WriteLine("graph written:");
        foreach (var (label, count) in summary.NodesByLabel) output.WriteLine($"  {label,-18} {count}");
        foreach (var (type, count) in summary.RelationshipsByType) output.WriteLine($"  {type.Name(),-18} {count}");
    }
}
