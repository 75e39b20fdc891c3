namespace GeneGraph.Bolt.Messages;

/// <summary>
/// A request the client sends: a structure with a signature and fields. <see cref="ToString"/> prints the
/// name only, so credentials carried by INIT/HELLO/LOGON never end up in logs or exception texts.
/// </summary>
internal sealed class RequestMessage(string name, byte signature, params object?[] fields)
{
    public string Name { get; } = name;

    public byte Signature { get; } = signature;

    public IReadOnlyList<object?> Fields { get; } = fields;

    public override string ToString() => Name;

    private static readonly Dictionary<string, object?> Empty = new();

    /// <summary>Bolt 1–2 login.</summary>
    public static RequestMessage Init(string userAgent, IReadOnlyDictionary<string, object?> authToken) =>
        new("INIT", 0x01, userAgent, authToken);

    /// <summary>Bolt 3+ login; from 5.1 on the extra map carries no credentials (they go in LOGON).</summary>
    public static RequestMessage Hello(IReadOnlyDictionary<string, object?> extra) => new("HELLO", 0x01, extra);

    public static RequestMessage Logon(IReadOnlyDictionary<string, object?> authToken) => new("LOGON", 0x6A, authToken);

    public static RequestMessage Goodbye { get; } = new("GOODBYE", 0x02);

    public static RequestMessage AckFailure { get; } = new("ACK_FAILURE", 0x0E);

    public static RequestMessage Reset { get; } = new("RESET", 0x0F);

    /// <summary>Bolt 1–2 RUN: query and parameters only.</summary>
    public static RequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters) =>
        new("RUN", 0x10, query, parameters);

    public static RequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra) =>
        new("RUN", 0x10, query, parameters, extra);

    public static RequestMessage Begin(IReadOnlyDictionary<string, object?> extra) => new("BEGIN", 0x11, extra);

    public static RequestMessage Commit { get; } = new("COMMIT", 0x12);

    public static RequestMessage Rollback { get; } = new("ROLLBACK", 0x13);

    public static RequestMessage DiscardAll { get; } = new("DISCARD_ALL", 0x2F);

    public static RequestMessage PullAll { get; } = new("PULL_ALL", 0x3F);

    /// <summary>Bolt 4+ DISCARD; n = -1 discards everything, qid = -1 (omitted) means the last query.</summary>
    public static RequestMessage Discard(long n, long qid = -1) => new("DISCARD", 0x2F, StreamExtra(n, qid));

    /// <summary>Bolt 4+ PULL; n = -1 pulls everything, qid = -1 (omitted) means the last query.</summary>
    public static RequestMessage Pull(long n, long qid = -1) => new("PULL", 0x3F, StreamExtra(n, qid));

    /// <summary>Bolt 4.3 ROUTE: routing context, bookmarks, database name (null = home database).</summary>
    public static RequestMessage RouteV43(IReadOnlyDictionary<string, object?> context, IReadOnlyList<string> bookmarks, string? database) =>
        new("ROUTE", 0x66, context, bookmarks, database);

    /// <summary>Bolt 4.4+ ROUTE: routing context, bookmarks, extra map ({db}).</summary>
    public static RequestMessage Route(IReadOnlyDictionary<string, object?> context, IReadOnlyList<string> bookmarks, IReadOnlyDictionary<string, object?> extra) =>
        new("ROUTE", 0x66, context, bookmarks, extra);

    public static IReadOnlyDictionary<string, object?> NoParameters => Empty;

    private static Dictionary<string, object?> StreamExtra(long n, long qid)
    {
        var extra = new Dictionary<string, object?> { ["n"] = n };
        if (qid != -1)
        {
            extra["qid"] = qid;
        }

        return extra;
    }
}
