using Quickenshtein;

namespace GeneGraph.Graph;

/// <summary>
/// How a user's name for a trait or gene (a question's <c>$trait</c> or <c>$gene</c>, an export's <c>--trait</c>) names a node: case, spaces, <c>_</c>, <c>-</c> and <c>.</c> ignored,
/// so <c>PA_sys</c>, <c>pa_sys</c>, <c>PA-SYS</c> and <c>pa sys</c> all name the trait PA_sys and <c>irf4</c> the gene
/// IRF4. The Cypher pack folds both sides the same way, <c>toLower(replace(replace(replace(replace(x, ' ', ''), '_',
/// ''), '-', ''), '.', ''))</c>, so a spelling finds the same nodes offline and on a server (4 replaces and a lower
/// case: a fold per character with a regular expression cost 24 times an id lookup on Neo4j 3.1, this 4 times).
/// Every node whose id folds to the same text matches. Java lower-cases a few letters otherwise than .NET (a Greek
/// capital sigma at the end of a word, a dotted capital I); names with those may differ.
/// </summary>
public static class NameMatch
{
    private static readonly string[] Ignored = [" ", "_", "-", "."];

    /// <summary><paramref name="name"/> without spaces, <c>_</c>, <c>-</c> and <c>.</c>, in lower case.</summary>
    public static string Fold(string name)
    {
        foreach (var ignored in Ignored) name = name.Replace(ignored, "", StringComparison.Ordinal);
        return name.ToLowerInvariant();
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
