using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Selection;

/// <summary>
/// The trait a user's name means: the one whose id or name is the name exactly, else the one it names by
/// <see cref="NameMatch"/>'s rule, as <c>query</c> has it (<c>pa sys</c> is <c>PA_sys</c>). An unknown name gets the known
/// names, closest first.
/// </summary>
public static class TraitNames
{
    /// <summary>The trait <paramref name="name"/> means, or null with why in <paramref name="error"/>.</summary>
    public static GraphNode? Find(KnowledgeGraph graph, string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(name);
        var traits = graph.NodesWithLabel(NodeLabel.Trait).ToList();
        error = null;
        var exact = traits.Where(t => Names(t).Contains(name, StringComparer.Ordinal)).ToList();
        if (exact.Count == 1) return exact[0];
        var wanted = NameMatch.Fold(name);
        var folded = traits.Where(t => Names(t).Any(n => NameMatch.Fold(n) == wanted)).ToList();
        if (exact.Count == 0 && folded.Count == 1) return folded[0];
        var candidates = exact.Count > 1 ? exact : folded;
        if (candidates.Count > 1)
        {
            error = $"trait '{name}' is ambiguous: {string.Join(", ", candidates.Select(t => t.Key))}";
            return null;
        }
        var known = NameMatch.ClosestFirst(traits.Select(t => t.Key), name);
        error = traits.Count == 0 ? $"unknown trait '{name}': the vault has no traits" : $"unknown trait '{name}'; known: {string.Join(", ", known)}";
        return null;
    }

    private static IEnumerable<string> Names(GraphNode trait) =>
        trait.Properties[NodeProperties.Name] is string name ? [trait.Key, name] : [trait.Key];
}
