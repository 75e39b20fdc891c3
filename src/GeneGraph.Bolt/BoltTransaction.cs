using GeneGraph.Bolt.Messages;
using GeneGraph.Bolt.Results;

namespace GeneGraph.Bolt;

/// <summary>
/// An explicit transaction holding one connection until it commits or rolls back. BEGIN is not sent
/// on its own: it is pipelined with the first query (or with COMMIT). A failing query ends the
/// transaction (the server rolls it back); disposing an open transaction rolls it back.
/// </summary>
public sealed class BoltTransaction : IAsyncDisposable
{
    private readonly BoltConnection _connection;
    private readonly Func<BoltConnection, Exception?, ValueTask> _release;
    private readonly Action<string> _onBookmark;
    private readonly List<RequestMessage> _pendingBegin;

    internal BoltTransaction(BoltConnection connection, TransactionSettings settings, Func<BoltConnection, Exception?, ValueTask> release, Action<string> onBookmark)
    {
        _connection = connection;
        _release = release;
        _onBookmark = onBookmark;
        _pendingBegin = [.. connection.Protocol.Begin(settings)];
    }

    public bool IsOpen { get; private set; } = true;

    public ServerInfo Server => new(_connection.Address, _connection.ServerAgent, _connection.Version);

    public async Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        var skip = _pendingBegin.Count;
        var results = await ExchangeAsync(
            [.. _pendingBegin, .. _connection.Protocol.RunInTransaction(query, parameters ?? RequestMessage.NoParameters)],
            cancellationToken).ConfigureAwait(false);
        return QueryResult.From(results[skip], results[skip + 1], _connection);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        var results = await ExchangeAsync([.. _pendingBegin, .. _connection.Protocol.Commit()], cancellationToken).ConfigureAwait(false);
        if (results.Select(r => r.Metadata.GetValueOrDefault("bookmark")).OfType<string>().LastOrDefault() is { } bookmark)
        {
            _onBookmark(bookmark);
        }

        await CloseAsync(null).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!IsOpen)
        {
            return;
        }

        if (_pendingBegin.Count > 0)
        {
            // Nothing reached the server yet.
            await CloseAsync(null).ConfigureAwait(false);
            return;
        }

        await ExchangeAsync(_connection.Protocol.Rollback(), cancellationToken).ConfigureAwait(false);
        await CloseAsync(null).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsOpen)
        {
            return;
        }

        try
        {
            await RollbackAsync().ConfigureAwait(false);
        }
        catch (Errors.Neo4jException)
        {
            // The connection is closed by the failed exchange; there is nothing left to roll back.
        }
    }

    private async Task<IReadOnlyList<ExchangeResult>> ExchangeAsync(IReadOnlyList<RequestMessage> requests, CancellationToken cancellationToken)
    {
        try
        {
            var results = await _connection.ExchangeAsync(requests, cancellationToken, inTransaction: true).ConfigureAwait(false);
            _pendingBegin.Clear();
            return results;
        }
        catch (Exception e)
        {
            await CloseAsync(e).ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask CloseAsync(Exception? error)
    {
        if (IsOpen)
        {
            IsOpen = false;
            await _release(_connection, error).ConfigureAwait(false);
        }
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The transaction is already closed (committed, rolled back, or ended by an error).");
        }
    }
}
