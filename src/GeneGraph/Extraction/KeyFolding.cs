using System.Text;

namespace GeneGraph.Extraction;

/// <summary>
/// How names become stable node keys: the only place keys are folded. Extraction folds each key once and the
/// facts carry it; the graph builder uses keys as they come.
/// </summary>
public static class KeyFolding
{
    /// <summary>Gene symbols: trimmed, upper case (HGNC symbols are case-insensitive).</summary>
    public static string Symbol(string symbol) => symbol.Trim().ToUpperInvariant();

    /// <summary>
    /// A name without a card link, folded like a MalaCards/PathCards slug: lower case, each run of
    /// characters other than letters and digits becomes one <c>_</c>, none at either end.
    /// </summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var c in name.Trim())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && sb.Length > 0) sb.Append('_');
                pendingSeparator = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSeparator = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>The slug of a card URL (<c>…/card/erk_signaling</c>) as written there, lower case.</summary>
    public static string CardSlug(string slug) => slug.ToLowerInvariant();

    /// <summary>GO phrases: whitespace collapsed, lower case.</summary>
    public static string GoTerm(string phrase) =>
        string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>Trait names as written in the heading, trimmed, inner whitespace collapsed.</summary>
    public static string Trait(string heading) =>
        string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Ensembl gene ids, unversioned: upper case (<c>ENSG00000128342</c>).</summary>
    public static string EnsemblId(string id) => id.ToUpperInvariant();

    /// <summary>consensus.app paper ids (32 hex digits): lower case.</summary>
    public static string PaperId(string id) => id.ToLowerInvariant();
}
