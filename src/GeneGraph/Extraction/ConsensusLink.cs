namespace GeneGraph.Extraction;

/// <summary>A consensus.app paper link: <c>https://consensus.app/papers/&lt;slug&gt;/&lt;32-hex id&gt;/?q=…</c>.</summary>
public sealed record ConsensusLink(string Url, string? PaperId, string? Slug, string? Question)
{
    public static ConsensusLink? TryParse(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || !uri.Host.EndsWith("consensus.app", StringComparison.OrdinalIgnoreCase))
            return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? slug = null, id = null;
        if (segments.Length >= 3 && segments[0].Equals("papers", StringComparison.OrdinalIgnoreCase) && IsPaperId(segments[2]))
        {
            slug = segments[1];
            id = segments[2].ToLowerInvariant();
        }
        return new ConsensusLink(url.Trim(), id, slug, QueryValue(uri.Query, "q"));
    }

    private static bool IsPaperId(string segment) => segment.Length == 32 && segment.All(char.IsAsciiHexDigit);

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq] == name)
                return Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }
        return null;
    }
}
