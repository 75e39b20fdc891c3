using GeneGraph.Enrichment;

namespace GeneGraph.Tests.Enrichment;

public sealed class BenjaminiHochbergTests
{
    [Fact]
    public void The_q_values_are_the_step_up_minimum_worked_by_hand()
    {
        // sorted: 0.01 (rank 1), 0.03 (2), 0.04 (3), 0.2 (4); m·p/rank = 0.04, 0.06, 0.05333…, 0.2;
        // minimum from the top down: 0.2, 0.05333…, 0.05333…, 0.04
        var q = BenjaminiHochberg.Adjust([0.01, 0.04, 0.03, 0.2]);
        Assert.Equal([0.04, 0.16 / 3, 0.16 / 3, 0.2], q, (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void Ties_share_one_q_and_no_q_exceeds_one()
    {
        Assert.Equal([1.0, 1.0, 1.0], BenjaminiHochberg.Adjust([0.9, 0.9, 1.0]));
        Assert.Equal([0.05, 0.05], BenjaminiHochberg.Adjust([0.05, 0.05])); // rank 2: 2·0.05/2; rank 1 takes the smaller
        Assert.Empty(BenjaminiHochberg.Adjust([]));
    }

    /// <summary>BH as its definition reads, O(m²): q of p is the least m·p₍ⱼ₎/j over the ranks j whose p is at least p.</summary>
    internal static double ByDefinition(IReadOnlyList<double> p, int i)
    {
        var sorted = p.Order().ToList();
        return Math.Min(1.0, Enumerable.Range(1, sorted.Count).Where(j => sorted[j - 1] >= p[i]).Min(j => sorted[j - 1] * sorted.Count / j));
    }
}
