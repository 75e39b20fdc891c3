using System.Text;
using GeneGraph.Graph;
using Quickenshtein;

namespace GeneGraph.Queries;

/// <summary>
/// How a question's <c>$trait</c> or <c>$gene</c> names a node: by its letters and digits, case ignored, so
/// <c>PA_sys</c>, <c>pa_sys</c>, <c>PA-SYS</c> and <c>pa sys</c> all name the trait PA_sys and <c>irf4</c> the gene
/// IRF4. The Cypher pack compares the same way (a list of the id's lower-cased letters and digits, each tested with
/// Java's <c>[\p{L}\p{Nd}]</c>, the categories of <see cref="char.IsLetterOrDigit(char)"/>), so a spelling finds the
/// same nodes offline and on a server. Every node whose id folds to the same text matches.
/// </summary>
public static class NameMatch
{
    /// <summary>The letters and digits of <paramref name="name"/>, each in lower case.</summary>
    public static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name)
            if (char.IsLetterOrDigit(c)) folded.Append(char.ToLowerInvariant(c));
        return folded.ToString();
    }

    /// <summary>True when <paramref name="wanted"/> is null (every node) or names the node keyed <paramref name="key"/>.</summary>
    public static bool Matches(string key, string? wanted) => wanted is null || Fold(key) == Fold(wanted);

    /// <summary>The nodes of <paramref name="label"/> that <paramref name="wanted"/> names, in key order.</summary>
    public static IReadOnlyList<GraphNode> Find(KnowledgeGraph graph, Schema.NodeLabel label, string wanted)
    {
        var folded = Fold(wanted);
        return graph.NodesWithLabel(label).Where(n => Fold(n.Key) == folded).ToList();
    }

    /// <summary>
    /// <paramref name="known"/> ordered by how close each is to <paramref name="wanted"/> (edit distance of the folded
    /// names, then a shared start, then ordinal), for "unknown trait 'x'; known: …".
    /// </summary>
    public static IReadOnlyList<string> ClosestFirst(IEnumerable<string> known, string wanted)
    {
        var folded = Fold(wanted);
        return known
            .Select(k => (Name: k, Folded: Fold(k)))
            .OrderBy(k => Levenshtein.GetDistance(k.Folded, folded))
            .ThenByDescending(k => CommonPrefix(k.Folded, folded))
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => k.Name)
            .ToList();
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
