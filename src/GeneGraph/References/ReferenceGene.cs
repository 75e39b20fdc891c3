using GeneGraph.Extraction;

namespace GeneGraph.References;

/// <summary>One gene of the reference table: its current symbol, Entrez id, Ensembl ids, aliases and hg38 locations.</summary>
public sealed record ReferenceGene(
    long EntrezId,
    string Symbol,
    IReadOnlyList<string> EnsemblIds,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Locus> Locations)
{
    public override string ToString() => $"{Symbol} (NCBIGene:{EntrezId})";

    /// <summary>
    /// The location of the gene nearest to <paramref name="locus"/> and the bases between them (0 when they overlap);
    /// null when no location is on the locus's chromosome.
    /// </summary>
    public (Locus Location, long Distance)? Nearest(Locus locus)
    {
        (Locus, long)? nearest = null;
        foreach (var location in Locations.Where(l => l.Chrom == locus.Chrom))
        {
            var gap = Math.Max(0, Math.Max(location.Start - locus.End, locus.Start - location.End));
            if (nearest is not { } best || gap < best.Item2) nearest = (location, gap);
        }
        return nearest;
    }
}
