using System.Text.RegularExpressions;

namespace GeneGraph.Extraction;

/// <summary>
/// The title in a reference that a claim cites APA style: <c>Wei, W., Jiang, F. (2018). TMEM9 mediates IL‐6 … by
/// the Wnt pathway. International Immunopharmacology, 63, 253–260.</c> The title is what follows
/// <c>(year).</c> up to the end of its sentence (a <c>.</c>, or a <c>?</c>/<c>!</c> it keeps, then a space or the end).
/// </summary>
public static partial class CitationTitle
{
    [GeneratedRegex(@"\((?:\d{4}[a-z]?|n\.\s?d\.)(?:,[^()]{1,40})?\)\.\s+(?<title>\S.*?(?:[?!]|(?=\.)))(?:\.?)(?=\s|$)")]
    private static partial Regex Reference();

    /// <summary>The title of the first reference in <paramref name="claim"/>, or null when it cites none.</summary>
    public static string? Of(string claim)
    {
        var match = Reference().Match(claim);
        return match.Success ? match.Groups["title"].Value.Trim() : null;
    }
}
