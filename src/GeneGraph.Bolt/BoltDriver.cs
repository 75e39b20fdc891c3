using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Results;

namespace GeneGraph.Bolt;

/// <summary>
/// Entry point of the Bolt client: holds the URI, credentials, connection pool and (for neo4j:// URIs)
/// the router. Thread-safe; create one per application and open a <see cref="BoltSession"/> per unit of work.
/// </summary>
public sealed class BoltDriver : IAsyncDisposable
{
    private readonly ConnectionPool _pool;
    private readonly Router? _router;

    public BoltDriver(string uri, AuthToken auth, BoltDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(auth);
        Uri = BoltUri.Parse(uri);
        Options = options ?? BoltDriverOptions.Default;
        Retry = new RetryLogic(Options);
        // The router needs the pool and the pool needs the router's context: build the context first.
        var routingContext = Uri.IsRouting ? Router.ContextFor(Uri) : null;
        _pool = new ConnectionPool(Uri.Encryption, auth, Options, routingContext);
        _router = routingContext is null ? null : new Router(Uri.Address, routingContext, _pool);
    }

    public BoltUri Uri { get; }

    public BoltDriverOptions Options { get; }

    internal RetryLogic Retry { get; }

    /// <summary>A session; <paramref name="bookmarks"/> make its first transaction wait for the writes they name.</summary>
    public BoltSession Session(string? database = null, AccessMode defaultAccessMode = AccessMode.Write, IEnumerable<string>? bookmarks = null) =>
        new(this, database, defaultAccessMode, bookmarks);

    /// <summary>Connects and logs in (to a WRITE server when routing) and tells which server answered.</summary>
    public async Task<ServerInfo> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        var (connection, _) = await AcquireAsync(AccessMode.Write, null, [], cancellationToken).ConfigureAwait(false);
        var info = new ServerInfo(connection.Address, connection.ServerAgent, connection.Version);
        await ReleaseAsync(connection, null).ConfigureAwait(false);
        return info;
    }

    /// <summary>A connection for <paramref name="mode"/>, and the database a router named for it (its home database when none was given).</summary>
    internal async Task<(BoltConnection Connection, string? Database)> AcquireAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        if (_router is null)
        {
            return (await _pool.AcquireAsync(Uri.Address, cancellationToken).ConfigureAwait(false), null);
        }

        var (address, routed) = await _router.PickAsync(mode, database, bookmarks, cancellationToken).ConfigureAwait(false);
        try
        {
            return (await _pool.AcquireAsync(address, cancellationToken).ConfigureAwait(false), routed);
        }
        catch (ServiceUnavailableException)
        {
            _router.Forget(address, asWriterOnly: false);
            throw;
        }
    }

    internal async ValueTask ReleaseAsync(BoltConnection connection, Exception? error)
    {
        switch (error)
        {
            case SessionExpiredException:
                _router?.Forget(connection.Address, asWriterOnly: true);
                break;
            case ServiceUnavailableException:
                // Idle connections to a server that just failed are likely dead too (e.g. it restarted).
                _router?.Forget(connection.Address, asWriterOnly: false);
                await _pool.PurgeAsync(connection.Address).ConfigureAwait(false);
                break;
        }

        await _pool.ReleaseAsync(connection).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();
}
