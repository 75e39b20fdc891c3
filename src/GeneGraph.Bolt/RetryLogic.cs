using System.Diagnostics;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt;

/// <summary>
/// Retries managed transactions on transient errors, lost connections and cluster role changes, with
/// exponential backoff and jitter, until the time budget is spent. Then the first failure surfaces, with what
/// the retries met after it: a server that died is named by the drop that ended the work, not only by the
/// "connection refused" of its last reconnect.
/// </summary>
internal sealed class RetryLogic(BoltDriverOptions options)
{
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = options.InitialRetryDelay;
        Exception? first = null;
        var retries = new List<Exception>();
        while (true)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception e) when (IsRetriable(e))
            {
                if (first is null) first = e;
                else retries.Add(e);
                if (Stopwatch.GetElapsedTime(started) >= options.MaxTransactionRetryTime)
                {
                    if (RetryHistory.Combine(first, retries) is { } combined) throw combined;
                    throw;
                }
            }

            await Task.Delay(WithJitter(delay), cancellationToken).ConfigureAwait(false);
            delay *= options.RetryDelayMultiplier;
        }
    }

    public static bool IsRetriable(Exception exception) =>
        exception is TransientException or ServiceUnavailableException or SessionExpiredException;

    private TimeSpan WithJitter(TimeSpan delay) =>
        delay * (1 + options.RetryJitterFactor * ((2 * Random.Shared.NextDouble()) - 1));
}
