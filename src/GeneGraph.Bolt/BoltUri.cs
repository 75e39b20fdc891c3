namespace GeneGraph.Bolt;

/// <summary>How a connection is encrypted.</summary>
public enum BoltEncryption
{
    None,

    /// <summary>TLS with full certificate validation (<c>bolt+s</c>, <c>neo4j+s</c>).</summary>
    Validated,

    /// <summary>TLS accepting any certificate, e.g. self-signed (<c>bolt+ssc</c>, <c>neo4j+ssc</c>).</summary>
    TrustAnyCertificate,
}

/// <summary>
/// A Neo4j connection URI: <c>bolt</c>, <c>bolt+s</c>, <c>bolt+ssc</c> (one server) or <c>neo4j</c>,
/// <c>neo4j+s</c>, <c>neo4j+ssc</c> (routing); the port defaults to 7687. The query string of a
/// <c>neo4j</c> URI is the routing context sent to the server.
/// </summary>
public sealed record BoltUri(string Scheme, BoltAddress Address, BoltEncryption Encryption, bool IsRouting, IReadOnlyDictionary<string, string> RoutingContext)
{
    public static BoltUri Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"'{text}' is not a valid Neo4j URI; expected e.g. bolt://localhost:7687.", nameof(text));
        }

        var scheme = uri.Scheme.ToLowerInvariant();
        var (routing, encryption) = scheme switch
        {
            "bolt" => (false, BoltEncryption.None),
            "bolt+s" => (false, BoltEncryption.Validated),
            "bolt+ssc" => (false, BoltEncryption.TrustAnyCertificate),
            "neo4j" => (true, BoltEncryption.None),
            "neo4j+s" => (true, BoltEncryption.Validated),
            "neo4j+ssc" => (true, BoltEncryption.TrustAnyCertificate),
            _ => throw new ArgumentException(
                $"Unsupported URI scheme '{uri.Scheme}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.", nameof(text)),
        };

        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host.Trim('[', ']') : uri.Host;
        var address = new BoltAddress(host, uri.IsDefaultPort || uri.Port < 0 ? BoltAddress.DefaultPort : uri.Port);
        var context = routing ? ParseQuery(uri.Query) : new Dictionary<string, string>();
        if (!routing && uri.Query.Length > 1)
        {
            throw new ArgumentException("Only neo4j:// URIs take a routing context (query string).", nameof(text));
        }

        return new BoltUri(scheme, address, encryption, routing, context);
    }

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"Routing context entry '{pair}' must look like key=value.");
            }

            context[Uri.UnescapeDataString(pair[..equals])] = Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        return context;
    }

    public override string ToString() => $"{Scheme}://{Address}";
}
