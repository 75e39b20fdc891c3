using System.CommandLine;
using GeneGraph.Bolt;
using GeneGraph.Bolt.Errors;
using GeneGraph.Cli.Output;
using GeneGraph.Graph;
using GeneGraph.Neo4j.Loading;
using Spectre.Console;

namespace GeneGraph.Cli.Commands;

/// <summary><c>genegraph load &lt;vault&gt; --uri … --user … [--password …]</c>: the graph into Neo4j over Bolt.</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var options = new Options();
        var command = new Command("load", "Read a vault and make Neo4j hold its graph: constraints, then only the new, changed and vanished nodes and relationships, in batches (docs/sync.md).")
        {
            options.Input.Vault, options.Server.Uri, options.Server.User, options.Server.Password, options.Server.Database,
            options.Server.BatchSize, options.Server.Concurrency, options.Server.Timeout, options.Input.Strict, options.Server.Graph,
            options.Server.NoPrune, options.DryRun, options.Format, options.Force, options.Input.GeneTable, options.Input.NoCache, options.Server.FullCompare,
        };
        foreach (var option in options.Derived.All) command.Options.Add(option);
        command.SetAction((parse, cancellationToken) => RunAsync(parse, options, cancellationToken));
        return command;
    }

    /// <summary>The arguments and options of <c>load</c>.</summary>
    private sealed class Options
    {
        public VaultInput Input { get; } = new();

        public DerivedOptions Derived { get; } = new();

        public Neo4jTargetOptions Server { get; } = new(
            "The server: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s:// or neo4j+ssc:// (port 7687 by default).",
            "bolt://localhost:7687");

        public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print what the load would create, update, delete and leave alone; write nothing." };

        public Option<string> Format { get; } = new Option<string>("--format")
        {
            Description = "How the plan and summary are printed: text or json.",
            DefaultValueFactory = _ => "text",
        }.OneOf(["text", "json"]);

        public Option<bool> Force { get; } = new("--force") { Description = "Load even if the graph was loaded from another vault (what only that vault had is deleted)." };
    }

    /// <summary>Builds the graph, prints its diagnostics, loads it and prints the server's summary.</summary>
    private static async Task<int> RunAsync(ParseResult parse, Options options, CancellationToken cancellationToken)
    {
        var loadOptions = options.Server.Load(parse, parse.GetValue(options.Input.Vault)!.FullName) with { Force = parse.GetValue(options.Force) };
        // The server is asked what the plan needs (connection, the graph's record, the last load's) while the vault is read.
        await using var early = EarlyDriver(parse, options.Server);
        var prepared = early is null ? null : new Neo4jLoader(early, loadOptions);
        prepared?.Prepare(cancellationToken);
        CollectionWindow.Open(ReloadAllocation(options.Input.CacheFile(parse)));
        if (options.Input.Read(parse) is not { } result) return ExitCodes.IoError;
        var exit = options.Input.Report(parse, result);
        if (options.Derived.Add(parse, result) is var notAdded and not ExitCodes.Success) return notAdded;
        var json = parse.GetValue(options.Format) == "json";
        try
        {
            await using var late = early is null ? new BoltDriver(parse.GetValue(options.Server.Uri)!, options.Server.Auth(parse), options.Server.Driver(parse)) : null;
            var loader = prepared ?? new Neo4jLoader(late!, loadOptions);
            if (parse.GetValue(options.DryRun))
                return DryRun(await loader.PlanAsync(result.Graph, cancellationToken), loadOptions.Force, json) ?? exit;
            var summary = await Load(loader, result.Graph, cancellationToken);
            if (json)
            {
                using var stdout = Console.OpenStandardOutput();
                SyncPlanWriter.WriteJson(summary.Plan, dryRun: false, refusal: null, stdout, summary);
            }
            else WriteSummary(summary, Console.Out);
            return exit;
        }
        catch (LoadRefusedException refused)
        {
            if (json && refused.Plan is { } plan)
            {
                using var stdout = Console.OpenStandardOutput();
                SyncPlanWriter.WriteJson(plan, dryRun: false, refused.Message, stdout);
            }
            Console.Error.WriteLine($"genegraph: error: {refused.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is Neo4jException or LoadException or ArgumentException or FormatException)
        {
            Console.Error.WriteLine($"genegraph: error: {Describe(e)}");
            return ExitCodes.Neo4jFailed;
        }
    }

    /// <summary>
    /// What a load that takes its notes from the note cache allocates, all told, as measured: about 11 times the cache
    /// file (455 MB with a 43 MB file at 20k genes), most of it the facts and the graph, which live to the end. Run
    /// without collections, such a load spends no time copying them from one generation to the next (0.55 s of a 2.2 s
    /// reload at 20k genes), for more peak memory: 90 MB after 1% of the notes were edited, never more than the window.
    /// 0 without a cache file: a first load parses every note, and a parse's garbage is worth collecting. Capped at 1 GB
    /// and a quarter of the memory the process may use (docs/note-cache.md).
    /// </summary>
    private static long ReloadAllocation(FileInfo? cacheFile)
    {
        if (cacheFile is not { Exists: true }) return 0;
        var limit = Math.Min(1L << 30, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);
        return Math.Min(limit, cacheFile.Length * 12 + (64L << 20));
    }

    /// <summary>The driver, when the options make one; null when they do not (the load then reports why, after the vault's diagnostics).</summary>
    private static BoltDriver? EarlyDriver(ParseResult parse, Neo4jTargetOptions server)
    {
        try
        {
            return new BoltDriver(parse.GetValue(server.Uri)!, server.Auth(parse), server.Driver(parse));
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Prints the plan; a plan that a load would refuse (another vault, no <c>--force</c>) also says why and exits 2.</summary>
    private static int? DryRun(SyncPlan plan, bool force, bool json)
    {
        var refusal = plan.OtherVault && !force ? Neo4jLoader.DescribeOtherVault(plan) : null;
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            SyncPlanWriter.WriteJson(plan, dryRun: true, refusal, stdout);
        }
        else
        {
            Console.Out.WriteLine("dry run: nothing was written");
            SyncPlanWriter.WriteText(plan, Console.Out);
        }
        if (refusal is null) return null;
        Console.Error.WriteLine($"genegraph: error: {refusal}");
        return ExitCodes.Usage;
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
                task.MaxValue = Math.Max(1, p.TotalRows); // only the rows the plan writes
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
        LoadException load => $"{load.Batch} failed and was rolled back: {Describe(load.InnerException!)}" +
                              (load.ReloadCompletes ? " Loading again completes the load." : ""),
        AuthenticationException auth => $"the server refused the user name or password ({auth.Code})",
        Neo4jException neo when neo.Code.StartsWith("Neo.", StringComparison.Ordinal) => $"{neo.Message} ({neo.Code})",
        _ => Neo4jTargetOptions.MessageOf(e),
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
        output.WriteLine($"nodes deleted:         {summary.NodesDeleted}");
        output.WriteLine($"relationships deleted: {summary.RelationshipsDeleted}");
        SyncPlanWriter.WriteText(summary.Plan, output);
    }
}
