using GeneGraph.Bolt.Errors;

namespace GeneGraph.Bolt;

/// <summary>
/// Which cluster members route, read and write, and until when that is known to hold; and the database it is for,
/// when the router named it (Bolt 4.4+ answers ROUTE with <c>db</c>: the user's home database when none was asked for).
/// </summary>
internal sealed class RoutingTable(IReadOnlyList<BoltAddress> routers, IReadOnlyList<BoltAddress> readers, IReadOnlyList<BoltAddress> writers, DateTime expiresUtc, string? database = null)
{
    private readonly List<BoltAddress> _writers = [.. writers];
    private readonly List<BoltAddress> _readers = [.. readers];
    private int _next;

    public IReadOnlyList<BoltAddress> Routers { get; } = routers;

    public IReadOnlyList<BoltAddress> Writers => _writers;

    public IReadOnlyList<BoltAddress> Readers => _readers;

    public DateTime ExpiresUtc { get; } = expiresUtc;

    public string? Database { get; } = database;

    public bool IsStaleFor(AccessMode mode) =>
        DateTime.UtcNow >= ExpiresUtc || (mode == AccessMode.Write ? _writers.Count == 0 : _readers.Count == 0);

    public BoltAddress Pick(AccessMode mode)
    {
        lock (_writers)
        {
            var candidates = mode == AccessMode.Write ? _writers : _readers;
            if (candidates.Count == 0)
            {
                throw new ServiceUnavailableException($"The routing table has no {(mode == AccessMode.Write ? "WRITE" : "READ")} server.");
            }

            return candidates[_next++ % candidates.Count];
        }
    }

    public void Forget(BoltAddress address, bool asWriterOnly)
    {
        lock (_writers)
        {
            _writers.Remove(address);
            if (!asWriterOnly)
            {
                _readers.Remove(address);
            }
        }
    }

    /// <summary>A single server playing every role, for servers without any routing support.</summary>
    public static RoutingTable SingleServer(BoltAddress address, TimeSpan ttl) =>
        new([address], [address], [address], DateTime.UtcNow + ttl);

    /// <summary>Builds the table from the server's answer: a TTL in seconds and a list of {addresses, role}.</summary>
    public static RoutingTable Parse(object? ttl, object? servers, object? database = null)
    {
        if (ttl is not long seconds || servers is not List<object?> entries)
        {
            throw new ProtocolException("The routing table from the server is malformed.");
        }

        var byRole = new Dictionary<string, List<BoltAddress>>(StringComparer.Ordinal) { ["ROUTE"] = [], ["READ"] = [], ["WRITE"] = [] };
        foreach (var entry in entries.OfType<Dictionary<string, object?>>())
        {
            if (entry.GetValueOrDefault("role") is string role && byRole.TryGetValue(role, out var list)
                && entry.GetValueOrDefault("addresses") is List<object?> addresses)
            {
                list.AddRange(addresses.OfType<string>().Select(BoltAddress.Parse));
            }
        }

        var expires = DateTime.UtcNow + TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 86_400));
        return new RoutingTable(byRole["ROUTE"], byRole["READ"], byRole["WRITE"], expires, database as string);
    }
}
