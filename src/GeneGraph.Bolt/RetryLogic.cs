using System.Diagnostics;
using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt;

/// <summary>
/// Retries managed transactions on transient errors, lost connections and cluster role changes, with
/// exponential backoff and jitter, until the time budget is spent (then the last error surfaces).
/// </summary>
internal sealed class RetryLogic(BoltDriverOptions options)
{
    public async Task<T> ExecuteAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var delay = options.InitialRetryDelay;
        while (true)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception e) when (IsRetriable(e) && Stopwatch.GetElapsedTime(started) < options.MaxTransactionRetryTime)
            {
                await Task.Delay(WithJitter(delay), cancellationToken).ConfigureAwait(false);
                delay *= options.RetryDelayMultiplier;
            }
        }
    }

    public static bool IsRetriable(Exception exception) =>
        exception is TransientException or ServiceUnavailableException or SessionExpiredException;

    private TimeSpan WithJitter(TimeSpan delay) =>
        delay * (1 + options.RetryJitterFactor * ((2 * Random.Shared.NextDouble()) - 1));
}
