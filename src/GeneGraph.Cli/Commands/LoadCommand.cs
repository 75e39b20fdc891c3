using System.CommandLine;
using GeneGraph.Graph;
using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Neo4j.Loading;
using Spectre.Console;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph load &lt;vault&gt; --uri … --user … [--password …]</c>: the graph into Neo4j over Bolt.</summary>
internal static class LoadCommand
{
    public const string PasswordVariable = "NEO4J_PASSWORD";

    public static Command Create()
    {
        var vault = CommonOptions.Vault();
        var strict = CommonOptions.Strict();
        var uri = new Option<string>("--uri")
        {
            Description = "The server: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// (port 7687 by default).",
            DefaultValueFactory = _ => "bolt://localhost:7687",
        };
        var user = new Option<string>("--user", "-u") { Description = "The user name.", DefaultValueFactory = _ => "neo4j" };
        var password = new Option<string?>("--password", "-p")
        {
            Description = $"The password; better given in the environment variable {PasswordVariable}. Never printed.",
        };
        var database = new Option<string?>("--database", "-d") { Description = "The database (Neo4j 4.0+); the server's default when omitted." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per transaction.",
            DefaultValueFactory = _ => new LoadOptions().BatchSize,
        };
        batchSize.Validators.Add(r =>
        {
            // Read from the token: a value that does not parse gets System.CommandLine's own error (GetValue would throw).
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Integer,
                    System.Globalization.CultureInfo.InvariantCulture, out var n) && n < 1)
                r.AddError("--batch-size must be at least 1");
        });

        var concurrency = new Option<int>("--concurrency")
        {
            Description = "How many labels (then relationship types) load at once, on separate connections; never two " +
                          "that touch the same label. 1: one batch at a time.",
            DefaultValueFactory = _ => new LoadOptions().Concurrency,
        };
        concurrency.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Integer,
                    System.Globalization.CultureInfo.InvariantCulture, out var n) && n < 1)
                r.AddError("--concurrency must be at least 1");
        });

        var timeout = new Option<double?>("--timeout")
        {
            Description = "Give up after this many seconds: connecting, waiting for any answer, and retrying a failed batch " +
                          "(default: 30 s to connect and to retry, no limit on an answer).",
        };
        timeout.Validators.Add(r =>
        {
            // Read from the token: a value that does not parse gets System.CommandLine's own error (GetValue would throw).
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out var s) && !(s > 0 && s <= int.MaxValue / 1000))
                r.AddError("--timeout must be a positive number of seconds");
        });

        var command = new Command("load", "Read a vault and write its graph into Neo4j: constraints, then nodes and relationships in batches (idempotent).")
        {
            vault, uri, user, password, database, batchSize, concurrency, timeout, strict,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (VaultStep.Build(parse.GetValue(vault)!) is not { } result) return ExitCodes.IoError;
            var exit = DiagnosticPrinter.Print(result.Diagnostics, parse.GetValue(strict), Console.Error);
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? "";
            var options = new LoadOptions
            {
                Database = parse.GetValue(database), BatchSize = parse.GetValue(batchSize), Concurrency = parse.GetValue(concurrency),
            };
            try
            {
                await using var driver = new BoltDriver(parse.GetValue(uri)!, AuthToken.Basic(parse.GetValue(user)!, secret), DriverOptions(parse.GetValue(timeout)));
                var summary = await Load(new Neo4jLoader(driver, options), result.Graph, cancellationToken);
                WriteSummary(summary, Console.Out);
                return exit;
            }
            catch (Exception e) when (e is Neo4jException or LoadException or ArgumentException or FormatException)
            {
                Console.Error.WriteLine($"genegraph: error: {Describe(e)}");
                return ExitCodes.Neo4jFailed;
            }
        });
        return command;
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
