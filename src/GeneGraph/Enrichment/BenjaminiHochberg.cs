namespace GeneGraph.Enrichment;

/// <summary>The Benjamini–Hochberg step-up adjustment: q controls the false discovery rate over one family of tests.</summary>
public static class BenjaminiHochberg
{
    /// <summary>q for each p, in the order given: q₍ᵢ₎ = min over j ≥ i of m·p₍ⱼ₎/j (p sorted ascending), at most 1.</summary>
    public static double[] Adjust(IReadOnlyList<double> p)
    {
        var m = p.Count;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ThenBy(i => i).ToArray();
        var q = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var i = order[rank - 1];
            running = Math.Min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }
}
