using System.CommandLine;
using System.Runtime.InteropServices;
using GeneGraph.Pipeline;
using GeneGraph.Writers;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// <c>genegraph watch &lt;vault&gt; [-o file …] [--uri …]</c>: keeps export files and/or a Neo4j database equal to the
/// vault while it changes, until Ctrl-C.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var vault = new VaultInput().Vault;
        var outputs = new Option<string[]>("--output", "-o")
        {
            Description = "A file (or neo4j-import folder) to keep up to date; give -o several times for several. Written whole or not at all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "The format of every -o; default: from each output's extension.",
        };
        format.OneOf([.. GraphWriters.FormatNames]);
        var server = new Neo4jTargetOptions("Also keep this Neo4j server loaded, as 'genegraph load' does (bolt://, neo4j://, …).", defaultUri: null);
        var debounce = new Option<int>("--debounce")
        {
            Description = "Milliseconds without a file event before an update starts (events meanwhile are coalesced).",
            DefaultValueFactory = _ => 300,
        };

        var command = new Command("watch", "Keep export files and/or a Neo4j database up to date while the vault changes: re-reads only the notes that changed; Ctrl-C stops.")
        {
            vault, outputs, format, server.Uri, server.User, server.Password, server.Database, server.BatchSize, server.Concurrency,
            server.Timeout, server.Graph, server.NoPrune, debounce,
        };
        // A synchronous action: System.CommandLine then leaves Ctrl-C to watch, which finishes a write under way before it stops.
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(outputs) ?? [];
            var uri = parse.GetValue(server.Uri);
            if (paths.Length == 0 && uri is null)
                return Refuse("watch needs at least one target: -o <file> or --uri <server>", ExitCodes.Usage);
            if (parse.GetValue(debounce) < 1)
                return Refuse("--debounce must be at least 1", ExitCodes.Usage);
            var targets = new List<IWatchTarget>();
            foreach (var path in paths)
            {
                if (path == GraphOutput.StandardOutput)
                    return Refuse("watch prints its updates on standard output; give -o a file", ExitCodes.Usage);
                var writer = parse.GetValue(format) is { } name ? GraphWriters.ByFormat(name) : GraphWriters.ForPath(path);
                if (writer is null)
                    return Refuse($"cannot tell the format of '{path}'; give --format ({string.Join("|", GraphWriters.FormatNames)})", ExitCodes.Usage);
                if (GraphOutput.Target(path, writer, out var refused) is not { } target) return refused;
                targets.Add(new ExportWatchTarget(target, writer));
            }
            if (uri is not null)
                targets.Add(new LoadWatchTarget(uri, server.Auth(parse), server.Driver(parse), server.Load(parse, parse.GetValue(vault)!.FullName)));
            var folder = parse.GetValue(vault)!;
            if (!folder.Exists)
                return Refuse(File.Exists(folder.FullName) ? $"'{folder}' is a file; give the vault's folder (the one that holds the notes)"
                    : $"vault folder '{folder}' does not exist", ExitCodes.IoError);
            return Run(new IncrementalVault(folder.FullName, ReadingOptions.Limits(parse)), targets, TimeSpan.FromMilliseconds(parse.GetValue(debounce)),
                VaultInput.Quiet(parse));
        });
        return command;
    }

    private static int Run(IncrementalVault vault, List<IWatchTarget> targets, TimeSpan quiet, bool errorsOnly)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true; // not the runtime's default (end the process now): the loop finishes what it writes
            stop.Cancel();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var changes = new VaultChanges(vault.Root); // before the first build, so no edit falls between the two
        Console.Out.Flush();
        var output = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        try
        {
            return new WatchLoop(vault, changes, targets, quiet, output, Console.Error)
            {
                ErrorsOnly = errorsOnly,
            }.RunAsync(stop.Token).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"genegraph: error: {e.Message}");
            return ExitCodes.IoError;
        }
        finally
        {
            foreach (var target in targets) target.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static int Refuse(string message, int exitCode)
    {
        Console.Error.WriteLine($"genegraph: error: {message}");
        return exitCode;
    }
}
