using System.Diagnostics;
using System.Globalization;
using GeneGraph.Pipeline;

namespace GeneGraph.Cli.Commands;

/// <summary>
/// The body of <c>watch</c>: builds the graph once, writes every target, then for each coalesced batch of file events
/// updates the vault and rewrites the targets, one line per update on <paramref name="output"/>. A target that fails
/// is retried with a growing pause (1 s doubling to 30 s) with the newest graph until it catches up; the others go on.
/// </summary>
internal sealed class WatchLoop(
    IncrementalVault vault, VaultChanges changes, IReadOnlyList<IWatchTarget> targets, TimeSpan quiet, TextWriter output, TextWriter errors)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1), LastRetry = TimeSpan.FromSeconds(30);

    private readonly HashSet<string> _printedDiagnostics = new(StringComparer.Ordinal);

    /// <summary><c>--quiet</c>: of the notes' diagnostics, print the errors only.</summary>
    public bool ErrorsOnly { get; init; }

    /// <summary>Runs until <paramref name="stop"/>; an update under way when it comes is finished first (a load's open batch is rolled back).</summary>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var update = vault.Update(null);
        var pending = targets.ToList();
        var retryIn = FirstRetry;
        var line = $"watching {vault.Root}: {update.Result.NotesRead} notes, {Counts(update, null)}";
        while (true)
        {
            if (pending.Count > 0) // none after an update that changed no note: nothing to write or print
            {
                PrintDiagnostics(update);
                var failed = await UpdateTargetsAsync(update, pending, stop);
                if (failed is null) break;
                output.WriteLine($"{Time()} {line}{Describe(pending, failed, retryIn)} | {clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
                if (failed.OfType<WatchTargetException>().FirstOrDefault() is { } fatal)
                {
                    errors.WriteLine($"genegraph: error: {fatal.Message}");
                    return ExitCodes.Neo4jFailed;
                }
                pending = [.. pending.Where((_, i) => failed[i] is not null)];
            }
            if (stop.IsCancellationRequested) break;

            var idle = pending.Count > 0 ? retryIn : (TimeSpan?)null;
            if (update.Waiting.Count > 0 && (idle is null || idle > 4 * quiet)) idle = 4 * quiet;
            IReadOnlySet<string>? changed;
            try
            {
                changed = await changes.NextAsync(quiet, 20 * quiet, idle, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            clock.Restart();
            var quietPassed = changed is { Count: 0 };
            if (quietPassed && update.Waiting.Count == 0)
            {
                retryIn = retryIn * 2 < LastRetry ? retryIn * 2 : LastRetry;
                line = "retry: no note changed, " + Counts(update, update);
                continue;
            }
            var previous = update;
            // Quiet for a while and still not UTF-8: not a note being written but a broken one, read as a fresh build reads it.
            update = vault.Update(changed, acceptUndecodable: quietPassed);
            if (!update.ChangedAnything && update.Waiting.Count == 0 && pending.Count == 0 && previous.Waiting.Count == 0) continue;
            pending = [.. targets];
            retryIn = FirstRetry;
            line = $"notes +{update.Added.Count} ~{update.Changed.Count} -{update.Removed.Count} ({update.NotesRead} read), {Counts(update, previous)}" +
                   (update.Waiting.Count > 0 ? $" | waiting for {string.Join(", ", update.Waiting)} (not valid UTF-8 yet)" : "");
        }
        output.WriteLine($"{Time()} stopped");
        return ExitCodes.Success;
    }

    /// <summary>Each pending target's failure, or null for each that was written; null in all when stopped before starting.</summary>
    private static async Task<Exception?[]?> UpdateTargetsAsync(VaultUpdate update, List<IWatchTarget> pending, CancellationToken stop)
    {
        if (stop.IsCancellationRequested) return null;
        var failures = new Exception?[pending.Count];
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                await pending[i].UpdateAsync(update.Result.Graph, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = e;
            }
        }
        return failures;
    }

    private static string Describe(List<IWatchTarget> pending, Exception?[] failed, TimeSpan retryIn) =>
        string.Concat(pending.Select((t, i) => failed[i] is { } e
            ? $" | {t.Name}: failed: {OneLine(e)}" + (e is WatchTargetException ? "" : $"; retrying in {retryIn.TotalSeconds:0} s")
            : $" | {t.Name}: {(t is LoadWatchTarget ? "loaded" : "written")}"));

    private static string OneLine(Exception e) => (e.InnerException is { } inner && e is not WatchTargetException ? $"{e.Message} ({inner.Message})" : e.Message)
        .ReplaceLineEndings(" ");

    private static string Counts(VaultUpdate update, VaultUpdate? previous)
    {
        var graph = update.Result.Graph;
        if (previous is null) return $"{graph.NodeCount} nodes, {graph.EdgeCount} edges";
        var before = previous.Result.Graph;
        return $"{graph.NodeCount} nodes ({Delta(graph.NodeCount - before.NodeCount)}), {graph.EdgeCount} edges ({Delta(graph.EdgeCount - before.EdgeCount)})";
    }

    private static string Delta(int d) => d.ToString("+0;-0;+0", CultureInfo.InvariantCulture);

    private static string Time() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Diagnostics not printed before (a note's, when it changed), to stderr as <c>check</c> prints them.</summary>
    private void PrintDiagnostics(VaultUpdate update)
    {
        foreach (var diagnostic in update.Result.Diagnostics.Sorted())
            if ((!ErrorsOnly || diagnostic.Severity == Diagnostics.Severity.Error) && _printedDiagnostics.Add(diagnostic.ToString()))
                errors.WriteLine(diagnostic.ToString());
    }
}
