using GeneGraph.Bolt.Errors;
using GeneGraph.Bolt.Messages;

namespace GeneGraph.Bolt;

/// <summary>
/// Routing for neo4j:// URIs: fetches a routing table per database (ROUTE on Bolt 4.3+, a routing
/// procedure before), picks servers by access mode, and forgets servers that fail. A server without
/// any routing procedure (a single Neo4j 3.x Community instance) is used for everything. ROUTE (and the 4.x
/// procedure) carry the session's bookmarks; the database a router names for "no database" (the home database)
/// is handed back, so the session can pin it in BEGIN, and its table is kept under that name too.
/// </summary>
internal sealed class Router(BoltAddress seed, IReadOnlyDictionary<string, string> context, ConnectionPool pool)
{
    private static readonly TimeSpan SingleServerTtl = TimeSpan.FromMinutes(5);

    // One discipline: _tables is read and written only under lock(_tables). _refreshLock only serialises the
    // fetches (one network round trip at a time); a fetched table is published under lock(_tables), and Forget
    // walks a copy taken under it, so neither ever sees the dictionary change underneath it.
    private readonly Dictionary<string, RoutingTable> _tables = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refreshLock = new(1, 1);

    /// <summary>The routing context as sent in HELLO and ROUTE (see <see cref="ContextFor"/>).</summary>
    public IReadOnlyDictionary<string, string> Context { get; } = context;

    /// <summary>The routing context of a neo4j:// URI: its query plus the seed address.</summary>
    public static IReadOnlyDictionary<string, string> ContextFor(BoltUri uri) =>
        new Dictionary<string, string>(uri.RoutingContext) { ["address"] = uri.Address.ToString() };

    /// <summary>A server for <paramref name="mode"/>, and the database the router named (null when it named none).</summary>
    public async Task<(BoltAddress Address, string? Database)> PickAsync(
        AccessMode mode, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var key = database ?? string.Empty;
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var table = TableFor(key);
            if (table is null || table.IsStaleFor(mode))
            {
                table = await FetchAsync(table?.Routers ?? [seed], database, bookmarks, cancellationToken).ConfigureAwait(false);
                lock (_tables)
                {
                    _tables[key] = table;
                    if (database is null && table.Database is { } home)
                    {
                        _tables[home] = table;
                    }
                }
            }

            return (table.Pick(mode), table.Database);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Forget(BoltAddress address, bool asWriterOnly)
    {
        RoutingTable[] tables;
        lock (_tables)
        {
            tables = [.. _tables.Values];
        }

        foreach (var table in tables)
        {
            table.Forget(address, asWriterOnly);
        }
    }

    private RoutingTable? TableFor(string key)
    {
        lock (_tables)
        {
            return _tables.GetValueOrDefault(key);
        }
    }

    private async Task<RoutingTable> FetchAsync(IReadOnlyList<BoltAddress> routers, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var candidates = routers.Contains(seed) ? routers : [.. routers, seed];
        var errors = new List<Exception>();
        foreach (var router in candidates)
        {
            try
            {
                return await FetchFromAsync(router, database, bookmarks, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ServiceUnavailableException or SessionExpiredException or ProtocolException)
            {
                errors.Add(e);
            }
        }

        throw new ServiceUnavailableException(
            $"No routing server could be reached ({string.Join(", ", candidates)}): {string.Join("; ", errors.Select(e => e.Message))}",
            errors.Count > 0 ? new AggregateException(errors) : null);
    }

    private async Task<RoutingTable> FetchFromAsync(BoltAddress router, string? database, IReadOnlyList<string> bookmarks, CancellationToken cancellationToken)
    {
        var connection = await pool.AcquireAsync(router, cancellationToken).ConfigureAwait(false);
        try
        {
            if (connection.Protocol.Route(Context, database, bookmarks) is { } route)
            {
                var result = await connection.ExchangeAsync([route], cancellationToken).ConfigureAwait(false);
                var rt = result[0].Metadata.GetValueOrDefault("rt") as Dictionary<string, object?>
                    ?? throw new ProtocolException("ROUTE answered without a routing table.");
                return RoutingTable.Parse(rt.GetValueOrDefault("ttl"), rt.GetValueOrDefault("servers"), rt.GetValueOrDefault("db"));
            }

            var procedure = connection.Protocol.GetRoutingProcedure(Context, database);
            var settings = new TransactionSettings(procedure.Database, AccessMode.Read, procedure.TakesBookmarks ? bookmarks : []);
            IReadOnlyList<ExchangeResult> rows;
            try
            {
                rows = await connection.ExchangeAsync(
                    connection.Protocol.RunAutoCommit(procedure.Query, procedure.Parameters, settings), cancellationToken).ConfigureAwait(false);
            }
            catch (ClientException e) when (e.Code == "Neo.ClientError.Procedure.ProcedureNotFound")
            {
                return RoutingTable.SingleServer(router, SingleServerTtl);
            }

            var record = rows[1].Records.FirstOrDefault() ?? throw new ProtocolException("The routing procedure returned no rows.");
            return RoutingTable.Parse(record[0], record[1]);
        }
        finally
        {
            await pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }
}
