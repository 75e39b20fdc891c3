using System.Globalization;
using GeneGraph.Schema;

namespace GeneGraph.Extraction;

/// <summary>The standard identifier a paper link shows: <c>doi:10.…</c> for a doi.org link, <c>PMID:…</c> for PubMed.</summary>
public static class PaperIdentifiers
{
    /// <summary>The CURIE of <paramref name="url"/>, or null when it is neither a DOI nor a PubMed link.</summary>
    public static string? Of(string url)
    {
        if (LinkUrl.OnHost(url, "doi.org") is { } doi)
        {
            // A DOI ends where the sentence around the link goes on: "… https://doi.org/10.1093/intimm/dxy020."
            var name = Uri.UnescapeDataString(doi.AbsolutePath.TrimStart('/')).TrimEnd('.', ',', ';', ')');
            return name.StartsWith("10.", StringComparison.Ordinal) && name.Contains('/') ? $"{CuriePrefixes.Doi}:{name}" : null;
        }
        if (LinkUrl.OnHost(url, "ncbi.nlm.nih.gov") is not { } ncbi)
            return null;
        var segments = ncbi.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var id = ncbi.Host.StartsWith("pubmed.", StringComparison.OrdinalIgnoreCase) && segments.Length >= 1 ? segments[0]
            : segments.Length >= 2 && segments[0].Equals("pubmed", StringComparison.OrdinalIgnoreCase) ? segments[1]
            : null;
        return id is not null && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var pmid)
            ? $"{CuriePrefixes.PubMed}:{pmid.ToString(CultureInfo.InvariantCulture)}"
            : null;
    }
}
