using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt.Protocol;

/// <summary>
/// Bolt 4.2–4.4 (Neo4j 4.x): PULL/DISCARD with {n, qid}, the database in BEGIN/RUN extra, the routing
/// context in HELLO, NOOP chunks, ROUTE from 4.3 (4.3 sends the database as a string, 4.4 in an extra map).
/// </summary>
internal class BoltV4(BoltVersion version) : BoltV3
{
    public override BoltVersion Version { get; } = version;

    public override IReadOnlyList<RequestMessage> Login(string userAgent, AuthToken auth, IReadOnlyDictionary<string, string>? routingContext)
    {
        var hello = (Dictionary<string, object?>)base.Login(userAgent, auth, routingContext)[0].Fields[0]!;
        AddRouting(hello, routingContext);
        return [RequestMessage.Hello(hello)];
    }

    public override RequestMessage? Route(IReadOnlyDictionary<string, string> routingContext, string? database, IReadOnlyList<string> bookmarks)
    {
        var context = BoltProtocols.ToObjectMap(routingContext);
        if (Version == new BoltVersion(4, 3))
        {
            return RequestMessage.RouteV43(context, bookmarks, database);
        }

        if (Version < new BoltVersion(4, 3))
        {
            return null;
        }

        var extra = new Dictionary<string, object?>();
        if (database is not null)
        {
            extra["db"] = database;
        }

        return RequestMessage.Route(context, bookmarks, extra);
    }

    /// <summary>Only 4.2 gets here; its routing procedure lives in the system database.</summary>
    public override RoutingProcedure GetRoutingProcedure(IReadOnlyDictionary<string, string> routingContext, string? database) =>
        new("CALL dbms.routing.getRoutingTable($context, $database)",
            new Dictionary<string, object?> { ["context"] = BoltProtocols.ToObjectMap(routingContext), ["database"] = database },
            "system",
            TakesBookmarks: true);

    protected override bool SupportsDatabases => true;

    protected override RequestMessage PullAll => RequestMessage.Pull(-1);

    protected static void AddRouting(Dictionary<string, object?> hello, IReadOnlyDictionary<string, string>? routingContext)
    {
        if (routingContext is not null)
        {
            hello["routing"] = BoltProtocols.ToObjectMap(routingContext);
        }
    }
}
