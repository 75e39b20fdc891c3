using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt.Protocol;

/// <summary>
/// Bolt 1 (Neo4j 3.0–3.4): INIT, RUN with two fields, PULL_ALL, ACK_FAILURE; explicit transactions are
/// the Cypher statements BEGIN / COMMIT / ROLLBACK; no databases, no ROUTE.
/// </summary>
internal sealed class BoltV1 : IBoltProtocol
{
    public BoltVersion Version { get; } = new(1, 0);

    public RequestMessage? Goodbye => null;

    public IReadOnlyList<RequestMessage> Login(string userAgent, AuthToken auth, IReadOnlyDictionary<string, string>? routingContext) =>
        [RequestMessage.Init(userAgent, auth.ToMap())];

    public IReadOnlyList<RequestMessage> RunAutoCommit(string query, IReadOnlyDictionary<string, object?> parameters, TransactionSettings settings) =>
        [RequestMessage.Run(query, parameters), RequestMessage.PullAll];

    public IReadOnlyList<RequestMessage> RunInTransaction(string query, IReadOnlyDictionary<string, object?> parameters) =>
        [RequestMessage.Run(query, parameters), RequestMessage.PullAll];

    public IReadOnlyList<RequestMessage> Begin(TransactionSettings settings)
    {
        var parameters = new Dictionary<string, object?>();
        if (settings.Bookmarks.Count > 0)
        {
            parameters["bookmark"] = settings.Bookmarks[^1];
        }

        return [RequestMessage.Run("BEGIN", parameters), RequestMessage.PullAll];
    }

    public IReadOnlyList<RequestMessage> Commit() => [RequestMessage.Run("COMMIT", RequestMessage.NoParameters), RequestMessage.PullAll];

    public IReadOnlyList<RequestMessage> Rollback() => [RequestMessage.Run("ROLLBACK", RequestMessage.NoParameters), RequestMessage.PullAll];

    public IReadOnlyList<RequestMessage> RecoverFromFailure(bool inTransaction) =>
        inTransaction ? [RequestMessage.AckFailure, .. Rollback()] : [RequestMessage.AckFailure];

    /// <summary>Neo4j accepts PackStream bytes from 3.2 on; before that they kill the connection.</summary>
    public bool SupportsBytes(string? serverAgent) =>
        ServerAgent.ParseVersion(serverAgent) is { } version && version >= new Version(3, 2);

    public RequestMessage? Route(IReadOnlyDictionary<string, string> routingContext, string? database, IReadOnlyList<string> bookmarks) => null;

    public RoutingProcedure GetRoutingProcedure(IReadOnlyDictionary<string, string> routingContext, string? database) =>
        new("CALL dbms.cluster.routing.getServers()", RequestMessage.NoParameters, null);
}
