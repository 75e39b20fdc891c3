namespace GeneGraph.Extraction;

/// <summary>Reads the URLs of summary links: which site they point to, and the values of their query strings.</summary>
internal static class LinkUrl
{
    /// <summary>The URL when it is absolute and its host is <paramref name="hostSuffix"/> or a subdomain of it; else null.</summary>
    public static Uri? OnHost(string url, string hostSuffix) =>
        !SurelyNotOn(url, hostSuffix)
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Host.EndsWith(hostSuffix, StringComparison.OrdinalIgnoreCase)
            ? uri
            : null;

    // Every link is asked about several hosts, and a Uri is costly to make. A URL of ASCII without percent-escapes
    // spells its host as it is, so one that does not contain the host name is not on that host.
    private static bool SurelyNotOn(string url, string hostSuffix) =>
        !url.Contains(hostSuffix, StringComparison.OrdinalIgnoreCase) && !url.Contains('%') && System.Text.Ascii.IsValid(url);

    /// <summary>
    /// The URL without the sentence's punctuation that a link written at the end of a sentence took in
    /// (<c>https://doi.org/10.1161/CIRCULATIONAHA.117.028069.</c>): trailing <c>. , ; : ! ?</c> and quotes. No DOI,
    /// card slug or gene id ends in one of these.
    /// </summary>
    public static string WithoutTrailingPunctuation(string url) => url.TrimEnd('.', ',', ';', ':', '!', '?', '\'', '"', '\u2019', '\u201D');

    /// <summary>
    /// The percent-decoded value of the first <c>name=value</c> pair of the query named <paramref name="name"/>
    /// (compared with <paramref name="nameComparison"/>), with <c>+</c> read as a space when
    /// <paramref name="plusIsSpace"/> (form encoding); null when there is none.
    /// </summary>
    public static string? QueryValue(Uri uri, string name, StringComparison nameComparison, bool plusIsSpace)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var eq = pair.IndexOf('=');
            if (eq > 0 && pair[..eq].Equals(name, nameComparison))
            {
                var value = pair[(eq + 1)..];
                return Uri.UnescapeDataString(plusIsSpace ? value.Replace('+', ' ') : value);
            }
        }
        return null;
    }
}
