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

    /// <summary>The bases from <paramref name="locus"/> to the nearest location of the gene: 0 when they overlap, null when on no location's chromosome.</summary>
    public long? DistanceTo(Locus locus)
    {
        long? nearest = null;
        foreach (var location in Locations.Where(l => l.Chrom == locus.Chrom))
        {
            var gap = Math.Max(0, Math.Max(location.Start - locus.End, locus.Start - location.End));
            if (nearest is null || gap < nearest) nearest = gap;
        }
        return nearest;
    }
}
