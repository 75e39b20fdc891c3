using System.Globalization;
using GeneGraph.Extraction;
using GeneGraph.Schema;

namespace GeneGraph.Graph;

/// <summary>
/// The standard identifiers of each node (docs/graph-model.md#standard-identifiers): the ids the notes give are
/// gathered while the graph is built, then each node gets its preferred one as <c>curie</c> and the others as
/// <c>xrefs</c>. The key stays the merge key; these only sit beside it.
/// </summary>
internal sealed class StandardIdentifiers
{
    private readonly Dictionary<GraphNode, List<string>> _given = [];

    /// <summary>Records an id a note gives for <paramref name="node"/> (a CURIE or a URL); repeats are kept once.</summary>
    public void Add(GraphNode node, string id)
    {
        if (!_given.TryGetValue(node, out var ids)) _given[node] = ids = [];
        if (!ids.Contains(id, StringComparer.Ordinal)) ids.Add(id);
    }

    /// <summary>The node's CURIE and its other ids, from its properties and the ids recorded for it.</summary>
    public (string Curie, IReadOnlyList<string> Xrefs) Of(GraphNode node)
    {
        var ids = new List<string>();
        switch (node.Label)
        {
            case NodeLabel.Gene:
                if (node.Properties[NodeProperties.NcbiGeneId] is long ncbi)
                    ids.Add($"{CuriePrefixes.NcbiGene}:{ncbi.ToString(CultureInfo.InvariantCulture)}");
                if (node.Properties[NodeProperties.EnsemblId] is string ensembl)
                    ids.Add($"{CuriePrefixes.Ensembl}:{ensembl}");
                break;
            case NodeLabel.Paper:
                // Biolink's rule for publications: a PMID if there is one, else a DOI.
                var given = _given.GetValueOrDefault(node) ?? [];
                ids.AddRange(given.Where(id => id.StartsWith(CuriePrefixes.PubMed + ":", StringComparison.Ordinal)));
                ids.AddRange(given.Where(id => id.StartsWith(CuriePrefixes.Doi + ":", StringComparison.Ordinal)));
                break;
        }
        var curie = ids.Count > 0 ? ids[0] : CuriePrefixes.Curie(CuriePrefixes.Own(node.Label), node.Key);
        foreach (var id in _given.GetValueOrDefault(node) ?? [])
            if (!ids.Contains(id, StringComparer.Ordinal)) ids.Add(id);
        // The card or paper link, unless it only spells the CURIE (https://doi.org/10.… of doi:10.…).
        if (node.Properties[NodeProperties.Url] is string url && PaperIdentifiers.Of(url) != curie && !ids.Contains(url, StringComparer.Ordinal))
            ids.Add(url);
        return (curie, ids.Where(id => id != curie).ToList());
    }
}
