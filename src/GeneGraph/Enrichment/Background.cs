using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Enrichment;

/// <summary>
/// The genes a trait's genes are drawn from: N, and the genes whose links count towards K. Only genes with a note
/// can be in it: a gene the vault has no note for has no known pathways, diseases or GO terms.
/// </summary>
/// <param name="Description">What the background is, as the output says it.</param>
/// <param name="Unmatched">Ids of the universe file no gene note of the vault matched (not counted in N).</param>
public sealed record Background(IReadOnlySet<GraphNode> Genes, string Description, IReadOnlyList<string> Unmatched)
{
    /// <summary>Every gene with a note in the vault.</summary>
    public static Background GeneNotes(KnowledgeGraph graph, IEnumerable<string> geneNoteKeys)
    {
        var genes = geneNoteKeys.Select(k => graph.FindNode(NodeLabel.Gene, k)).OfType<GraphNode>().ToHashSet();
        return new Background(genes, $"the vault's gene notes ({genes.Count} genes)", []);
    }

    /// <summary>
    /// The genes of a universe file (one symbol, Ensembl gene id or NCBI Gene id per line; blank lines and lines
    /// starting with # are skipped) that have a note in the vault.
    /// </summary>
    public static Background Universe(KnowledgeGraph graph, IEnumerable<string> geneNoteKeys, IEnumerable<string> lines, string name)
    {
        var noted = GeneNotes(graph, geneNoteKeys).Genes;
        var byId = new Dictionary<string, GraphNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var gene in noted.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            byId.TryAdd(gene.Key, gene);
            if (gene.Properties[NodeProperties.Symbol] is string symbol) byId.TryAdd(symbol, gene);
            if (gene.Properties[NodeProperties.EnsemblId] is string ensembl) byId.TryAdd(ensembl, gene);
            if (gene.Properties[NodeProperties.NcbiGeneId] is long ncbi) byId.TryAdd(ncbi.ToString(System.Globalization.CultureInfo.InvariantCulture), gene);
        }
        var genes = new HashSet<GraphNode>();
        var unmatched = new List<string>();
        foreach (var raw in lines)
        {
            var id = raw.Trim();
            if (id.Length == 0 || id.StartsWith('#')) continue;
            var dot = id.StartsWith("ENSG", StringComparison.OrdinalIgnoreCase) ? id.IndexOf('.') : -1; // ENSG….14: unversioned
            if (byId.TryGetValue(dot > 0 ? id[..dot] : id, out var gene)) genes.Add(gene);
            else unmatched.Add(id);
        }
        return new Background(genes, $"universe {name} ({genes.Count} genes with a note; {unmatched.Count} ids matched no gene note)", unmatched);
    }
}
