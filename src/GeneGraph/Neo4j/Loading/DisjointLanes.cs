using GeneGraph.Schema;

namespace GeneGraph.Neo4j.Loading;

/// <summary>
/// Runs load steps on several lanes at once, never two steps that touch the same label at the same time. Two
/// transactions that write relationships of one node both lock it; kept to disjoint labels, concurrent steps
/// share no node, so they neither wait for each other nor deadlock. Steps start in list order where they can.
/// </summary>
internal static class DisjointLanes
{
    public static async Task RunAsync<TStep>(
        IReadOnlyList<TStep> steps, Func<TStep, IReadOnlyCollection<NodeLabel>> touches, int lanes,
        Func<TStep, CancellationToken, Task> run, CancellationToken cancellationToken)
        where TStep : class
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new object();
        var pending = steps.ToList();
        var busy = new HashSet<NodeLabel>();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The next step whose labels are all free (it is taken), else a task that ends when a step finishes.
        (TStep? Step, Task? Wait) Take()
        {
            lock (gate)
            {
                if (pending.Count == 0) return (null, null);
                var index = pending.FindIndex(s => !touches(s).Any(busy.Contains));
                if (index < 0) return (null, changed.Task);
                var step = pending[index];
                pending.RemoveAt(index);
                busy.UnionWith(touches(step));
                return (step, null);
            }
        }

        void Release(TStep step)
        {
            lock (gate)
            {
                busy.ExceptWith(touches(step));
                var finished = changed;
                changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                finished.TrySetResult();
            }
        }

        async Task Lane()
        {
            while (true)
            {
                var (step, wait) = Take();
                if (wait is not null)
                {
                    await wait.WaitAsync(failed.Token).ConfigureAwait(false);
                    continue;
                }
                if (step is null) return;
                try
                {
                    await run(step, failed.Token).ConfigureAwait(false);
                }
                catch
                {
                    await failed.CancelAsync().ConfigureAwait(false); // the other lanes stop after their current batch
                    throw;
                }
                finally
                {
                    Release(step);
                }
            }
        }

        // A failed lane's task is faulted and the lanes it stopped are only cancelled, so WhenAll throws the failure.
        var laneCount = Math.Max(1, Math.Min(lanes, steps.Count));
        await Task.WhenAll(Enumerable.Range(0, laneCount).Select(_ => Task.Run(Lane, CancellationToken.None))).ConfigureAwait(false);
    }
}
