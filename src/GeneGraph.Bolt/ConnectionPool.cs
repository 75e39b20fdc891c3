using System.Collections.Concurrent;

namespace GeneGraph.Bolt;

/// <summary>Keeps idle, healthy connections per address for reuse.</summary>
internal sealed class ConnectionPool(BoltEncryption encryption, AuthToken auth, BoltDriverOptions options, IReadOnlyDictionary<string, string>? routingContext)
    : IAsyncDisposable
{
    private readonly ConcurrentDictionary<BoltAddress, ConcurrentQueue<BoltConnection>> _idle = new();
    private volatile bool _disposed;

    public async Task<BoltConnection> AcquireAsync(BoltAddress address, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var queue = _idle.GetOrAdd(address, _ => new ConcurrentQueue<BoltConnection>());
        while (queue.TryDequeue(out var idle))
        {
            if (!idle.IsBroken && !idle.LooksClosed())
            {
                return idle;
            }

            await idle.DisposeAsync().ConfigureAwait(false);
        }

        return await BoltConnection.OpenAsync(address, encryption, auth, options, routingContext, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask ReleaseAsync(BoltConnection connection)
    {
        var queue = _idle.GetOrAdd(connection.Address, _ => new ConcurrentQueue<BoltConnection>());
        if (_disposed || connection.IsBroken || queue.Count >= options.MaxIdleConnectionsPerAddress)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return;
        }

        queue.Enqueue(connection);
    }

    /// <summary>Closes idle connections to a server that just failed.</summary>
    public async Task PurgeAsync(BoltAddress address)
    {
        if (_idle.TryGetValue(address, out var queue))
        {
            while (queue.TryDequeue(out var connection))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var address in _idle.Keys)
        {
            await PurgeAsync(address).ConfigureAwait(false);
        }
    }
}
