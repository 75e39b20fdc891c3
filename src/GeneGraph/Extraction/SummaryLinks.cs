using System.Globalization;
using GeneGraph.Notes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GeneGraph.Extraction;

/// <summary>What the links of GeneCards, NCBI and consensus.app summaries point to.</summary>
public static class SummaryLinks
{
    public static IEnumerable<(string Url, int Line)> LinksIn(Block block)
    {
        foreach (var inline in MarkdownWalk.Inlines(block))
        {
            if (inline is LinkInline { IsImage: false, Url: { } url } link) yield return (LinkUrl.WithoutTrailingPunctuation(url), link.Line + 1);
            else if (inline is AutolinkInline auto) yield return (LinkUrl.WithoutTrailingPunctuation(auto.Url), auto.Line + 1);
        }
    }

    /// <summary>The Entrez id of <c>https://www.ncbi.nlm.nih.gov/gene/3976</c>.</summary>
    public static int? NcbiGeneId(string url)
    {
        if (LinkUrl.OnHost(url, "ncbi.nlm.nih.gov") is not { } uri)
            return null;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[0].Equals("gene", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(segments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>The card slug of a MalaCards or PathCards URL (<c>…/card/erk_signaling</c>), else null.</summary>
    public static string? CardSlug(string url, string hostSuffix)
    {
        if (LinkUrl.OnHost(url, hostSuffix) is not { } uri)
            return null;
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        const string marker = "/card/";
        var at = path.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var slug = path[(at + marker.Length)..].Trim('/');
        return slug.Length == 0 ? null : KeyFolding.CardSlug(slug);
    }

    /// <summary>The symbol of a GeneCards gene card URL (<c>carddisp.pl?gene=SPRY1</c>), else null.</summary>
    public static string? GeneCardsSymbol(string url) =>
        LinkUrl.OnHost(url, "genecards.org") is { } uri
        && LinkUrl.QueryValue(uri, "gene", StringComparison.OrdinalIgnoreCase, plusIsSpace: false) is { } symbol
            ? KeyFolding.Symbol(symbol)
            : null;
}
