using GeneGraph.Graph;

namespace GeneGraph.Enrichment;

/// <summary>
/// One test: the trait's <see cref="TraitGenes"/> (n) genes of a background of <see cref="BackgroundGenes"/> (N),
/// <see cref="Overlap"/> (k) of them linked to the term, which <see cref="TermGenes"/> (K) background genes are.
/// </summary>
public sealed record EnrichmentResult(
    GraphNode Trait,
    TermKind Kind,
    GraphNode Term,
    int Overlap,
    int TraitGenes,
    int TermGenes,
    int BackgroundGenes,
    double P,
    double Q,
    IReadOnlyList<string> Genes)
{
    /// <summary>(k/n)/(K/N): how many times more often the trait's genes are linked to the term than the background's.</summary>
    public double Fold => (double)Overlap * BackgroundGenes / ((double)TraitGenes * TermGenes);
}
