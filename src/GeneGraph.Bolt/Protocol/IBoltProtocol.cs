using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt.Protocol;

/// <summary>
/// What differs between Bolt versions: which messages express login, queries and transactions.
/// Every request yields exactly one summary (SUCCESS, FAILURE or IGNORED), so lists can be pipelined.
/// </summary>
internal interface IBoltProtocol
{
    BoltVersion Version { get; }

    IReadOnlyList<RequestMessage> Login(string userAgent, AuthToken auth, IReadOnlyDictionary<string, string>? routingContext);

    /// <summary>RUN then pull everything, outside any explicit transaction.</summary>
    IReadOnlyList<RequestMessage> RunAutoCommit(string query, IReadOnlyDictionary<string, object?> parameters, TransactionSettings settings);

    /// <summary>RUN then pull everything, inside the open explicit transaction.</summary>
    IReadOnlyList<RequestMessage> RunInTransaction(string query, IReadOnlyDictionary<string, object?> parameters);

    IReadOnlyList<RequestMessage> Begin(TransactionSettings settings);

    IReadOnlyList<RequestMessage> Commit();

    IReadOnlyList<RequestMessage> Rollback();

    /// <summary>Clears a FAILURE (and ends an explicit transaction that was open when it happened).</summary>
    IReadOnlyList<RequestMessage> RecoverFromFailure(bool inTransaction);

    RequestMessage? Goodbye { get; }

    /// <summary>Whether PackStream bytes may be sent (<paramref name="serverAgent"/> is HELLO/INIT's <c>server</c>).</summary>
    bool SupportsBytes(string? serverAgent);

    /// <summary>
    /// The ROUTE message (4.3+), or <c>null</c> when routing tables come from a procedure. It carries the session's
    /// <paramref name="bookmarks"/>, so a router that lags behind them waits before it answers.
    /// </summary>
    RequestMessage? Route(IReadOnlyDictionary<string, string> routingContext, string? database, IReadOnlyList<string> bookmarks);

    /// <summary>The routing procedure call of servers without ROUTE.</summary>
    RoutingProcedure GetRoutingProcedure(IReadOnlyDictionary<string, string> routingContext, string? database);
}

/// <summary>
/// A routing procedure call; rows are (ttl, servers). <paramref name="TakesBookmarks"/>: the call runs in the system
/// database (4.0–4.2) and carries the session's bookmarks, as ROUTE does later; the 3.x procedures take none.
/// </summary>
internal sealed record RoutingProcedure(string Query, IReadOnlyDictionary<string, object?> Parameters, string? Database, bool TakesBookmarks = false);
