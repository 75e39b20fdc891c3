using GeneGraph.Bolt.Messages;
using GeneGraph.Bolt.Results;

namespace GeneGraph.Bolt;

/// <summary>
/// A unit of work against one database: auto-commit queries, explicit transactions, and managed
/// transactions that are retried on transient failures. Borrows a pooled connection per operation and
/// chains bookmarks so each transaction sees the previous one's writes. Not thread-safe.
/// </summary>
public sealed class BoltSession : IAsyncDisposable
{
    private readonly BoltDriver _driver;
    private List<string> _bookmarks = [];
    private string? _homeDatabase;

    internal BoltSession(BoltDriver driver, string? database, AccessMode defaultAccessMode, IEnumerable<string>? bookmarks = null)
    {
        _driver = driver;
        _bookmarks = bookmarks?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        Database = database;
        DefaultAccessMode = defaultAccessMode;
    }

    /// <summary>The database name (Bolt 4+); <c>null</c> is the server's default/home database.</summary>
    public string? Database { get; }

    public AccessMode DefaultAccessMode { get; }

    /// <summary>
    /// The database this session's transactions name: the one given, else the home database a router named on the
    /// first acquisition (Bolt 4.4+), pinned so that every transaction goes to the same database even if the
    /// user's home database changes meanwhile; <c>null</c> leaves it to the server.
    /// </summary>
    public string? EffectiveDatabase => Database ?? _homeDatabase;

    public IReadOnlyList<string> LastBookmarks => _bookmarks;

    /// <summary>Runs one query in its own auto-commit transaction (not retried).</summary>
    public async Task<QueryResult> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var connection = await AcquireAsync(DefaultAccessMode, cancellationToken).ConfigureAwait(false);
        Exception? error = null;
        try
        {
            var requests = connection.Protocol.RunAutoCommit(query, parameters ?? RequestMessage.NoParameters, Settings(DefaultAccessMode));
            var results = await connection.ExchangeAsync(requests, cancellationToken).ConfigureAwait(false);
            if (results[1].Metadata.GetValueOrDefault("bookmark") is string bookmark)
            {
                _bookmarks = [bookmark];
            }

            return QueryResult.From(results[0], results[1], connection);
        }
        catch (Exception e)
        {
            error = e;
            throw;
        }
        finally
        {
            await _driver.ReleaseAsync(connection, error).ConfigureAwait(false);
        }
    }

    public async Task<BoltTransaction> BeginTransactionAsync(AccessMode? accessMode = null, CancellationToken cancellationToken = default)
    {
        var mode = accessMode ?? DefaultAccessMode;
        var connection = await AcquireAsync(mode, cancellationToken).ConfigureAwait(false);
        return new BoltTransaction(connection, Settings(mode), _driver.ReleaseAsync, bookmark => _bookmarks = [bookmark]);
    }

    /// <summary>Runs <paramref name="work"/> in a write transaction and commits it, retrying transient failures.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, work, cancellationToken);

    public Task ExecuteWriteAsync(Func<BoltTransaction, Task> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Write, async tx => { await work(tx).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a read transaction (a READ server when routing), retrying transient failures.</summary>
    public Task<T> ExecuteReadAsync<T>(Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        ExecuteAsync(AccessMode.Read, work, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<BoltTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _driver.Retry.ExecuteAsync(async () =>
        {
            var transaction = await BeginTransactionAsync(mode, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(transaction).ConfigureAwait(false);
                if (transaction.IsOpen)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                return result;
            }
        }, cancellationToken);

    private async Task<BoltConnection> AcquireAsync(AccessMode mode, CancellationToken cancellationToken)
    {
        var (connection, routed) = await _driver.AcquireAsync(mode, EffectiveDatabase, _bookmarks, cancellationToken).ConfigureAwait(false);
        _homeDatabase ??= Database is null ? routed : null;
        return connection;
    }

    private TransactionSettings Settings(AccessMode mode) => new(EffectiveDatabase, mode, _bookmarks);
}
