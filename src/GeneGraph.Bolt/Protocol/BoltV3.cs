using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt.Protocol;

/// <summary>
/// Bolt 3 (Neo4j 3.5): HELLO with user agent and credentials, RUN with an extra map, BEGIN / COMMIT /
/// ROLLBACK messages, RESET to clear failures, GOODBYE; still PULL_ALL and no databases.
/// </summary>
internal class BoltV3 : IBoltProtocol
{
    public virtual BoltVersion Version { get; } = new(3, 0);

    public RequestMessage? Goodbye => RequestMessage.Goodbye;

    public virtual IReadOnlyList<RequestMessage> Login(string userAgent, AuthToken auth, IReadOnlyDictionary<string, string>? routingContext)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        foreach (var (key, value) in auth.ToMap())
        {
            extra[key] = value;
        }

        return [RequestMessage.Hello(extra)];
    }

    public IReadOnlyList<RequestMessage> RunAutoCommit(string query, IReadOnlyDictionary<string, object?> parameters, TransactionSettings settings) =>
        [RequestMessage.Run(query, parameters, settings.ToExtra(SupportsDatabases)), PullAll];

    public IReadOnlyList<RequestMessage> RunInTransaction(string query, IReadOnlyDictionary<string, object?> parameters) =>
        [RequestMessage.Run(query, parameters, new Dictionary<string, object?>()), PullAll];

    public IReadOnlyList<RequestMessage> Begin(TransactionSettings settings) => [RequestMessage.Begin(settings.ToExtra(SupportsDatabases))];

    public IReadOnlyList<RequestMessage> Commit() => [RequestMessage.Commit];

    public IReadOnlyList<RequestMessage> Rollback() => [RequestMessage.Rollback];

    public IReadOnlyList<RequestMessage> RecoverFromFailure(bool inTransaction) => [RequestMessage.Reset];

    public bool SupportsBytes(string? serverAgent) => true;

    public virtual RequestMessage? Route(IReadOnlyDictionary<string, string> routingContext, string? database, IReadOnlyList<string> bookmarks) => null;

    public virtual RoutingProcedure GetRoutingProcedure(IReadOnlyDictionary<string, string> routingContext, string? database) =>
        new("CALL dbms.cluster.routing.getRoutingTable($context)",
            new Dictionary<string, object?> { ["context"] = BoltProtocols.ToObjectMap(routingContext) },
            null);

    protected virtual bool SupportsDatabases => false;

    protected virtual RequestMessage PullAll => RequestMessage.PullAll;
}
