namespace GeneGraph.Bolt;

/// <summary>
/// Credentials sent at login. The password is kept private: it is never part of <see cref="ToString"/>,
/// of request messages' descriptions or of exception messages.
/// </summary>
public sealed class AuthToken
{
    private readonly string? _credentials;

    private AuthToken(string scheme, string? principal, string? credentials, string? realm)
    {
        Scheme = scheme;
        Principal = principal;
        _credentials = credentials;
        Realm = realm;
    }

    public string Scheme { get; }

    public string? Principal { get; }

    public string? Realm { get; }

    public static AuthToken None { get; } = new("none", null, null, null);

    public static AuthToken Basic(string user, string password, string? realm = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken("basic", user, password, realm);
    }

    /// <summary>The token as the map Bolt expects (scheme, principal, credentials[, realm]).</summary>
    internal Dictionary<string, object?> ToMap()
    {
        var map = new Dictionary<string, object?> { ["scheme"] = Scheme };
        if (Scheme == "none")
        {
            return map;
        }

        map["principal"] = Principal;
        map["credentials"] = _credentials;
        if (Realm is not null)
        {
            map["realm"] = Realm;
        }

        return map;
    }

    public override string ToString() => Principal is null ? $"AuthToken({Scheme})" : $"AuthToken({Scheme}, {Principal}, ****)";
}
