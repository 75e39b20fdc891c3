namespace GeneGraph.Bolt;

/// <summary>Settings of a <see cref="BoltDriver"/>; the defaults suit a local or LAN server.</summary>
public sealed record BoltDriverOptions
{
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for any single server message; <c>null</c> waits forever (long queries).</summary>
    public TimeSpan? ReadTimeout { get; init; }

    /// <summary>Time budget for retrying a managed transaction (<c>ExecuteWriteAsync</c>/<c>ExecuteReadAsync</c>).</summary>
    public TimeSpan MaxTransactionRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public double RetryDelayMultiplier { get; init; } = 2.0;

    /// <summary>Each delay is randomly moved by up to this fraction, so clients do not retry in lock step.</summary>
    public double RetryJitterFactor { get; init; } = 0.2;

    public int MaxIdleConnectionsPerAddress { get; init; } = 16;

    public string UserAgent { get; init; } = "GeneGraph/" + (typeof(BoltDriverOptions).Assembly.GetName().Version?.ToString(3) ?? "0");

    public static BoltDriverOptions Default { get; } = new();
}
