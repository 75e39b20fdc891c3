namespace GeneGraph.Extraction;

/// <summary>A genomic interval, normalised: <c>chr</c> prefix, <c>chrM</c> for the mitochondrion.</summary>
public readonly record struct Locus(string Chrom, long Start, long End)
{
    public string Id => $"{Chrom}:{Start}-{End}";

    public override string ToString() => Id;

    /// <summary>Normalises <c>22</c>, <c>chr22</c>, <c>CHRx</c>, <c>MT</c>, <c>chrMT</c>; null when it is no human chromosome.</summary>
    public static string? NormaliseChromosome(string raw)
    {
        var name = raw.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? raw[3..] : raw;
        if (name.Equals("M", StringComparison.OrdinalIgnoreCase) || name.Equals("MT", StringComparison.OrdinalIgnoreCase))
            return "chrM";
        if (name.Equals("X", StringComparison.OrdinalIgnoreCase) || name.Equals("Y", StringComparison.OrdinalIgnoreCase))
            return "chr" + name.ToUpperInvariant();
        if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n is >= 1 and <= 22 && name[0] != '0')
            return "chr" + n;
        return null;
    }
}
