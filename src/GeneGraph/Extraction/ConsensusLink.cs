namespace GeneGraph.Extraction;

/// <summary>A consensus.app paper link: <c>https://consensus.app/papers/&lt;slug&gt;/&lt;32-hex id&gt;/?q=…</c>.</summary>
public sealed record ConsensusLink(string Url, string? PaperId, string? Slug, string? Question)
{
    public static ConsensusLink? TryParse(string url)
    {
        if (LinkUrl.OnHost(url, "consensus.app") is not { } uri)
            return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? slug = null, id = null;
        if (segments.Length >= 3 && segments[0].Equals("papers", StringComparison.OrdinalIgnoreCase) && IsPaperId(segments[2]))
        {
            slug = segments[1];
            id = KeyFolding.PaperId(segments[2]);
        }
        return new ConsensusLink(url.Trim(), id, slug, LinkUrl.QueryValue(uri, "q", StringComparison.Ordinal, plusIsSpace: true));
    }

    private static bool IsPaperId(string segment) => segment.Length == 32 && segment.All(char.IsAsciiHexDigit);
}
