using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace GeneGraph.Enrichment;

/// <summary>The exact one-sided p of an over-representation test: P(X ≥ k) for X hypergeometric.</summary>
public static class HypergeometricTail
{
    /// <summary>
    /// P(X ≥ <paramref name="k"/>) when <paramref name="n"/> genes are drawn without replacement from
    /// <paramref name="population"/> genes of which <paramref name="successes"/> are linked to the term.
    /// </summary>
    /// <remarks>
    /// Summed term by term from k up, never 1 − CDF(k − 1): that subtraction loses every digit once the tail is below
    /// 1e-16, exactly the small p that matter. Each term is MathNet's binomials in log space
    /// (<see cref="SpecialFunctions.BinomialLn"/>), so a universe of 20,000 genes does not overflow; MathNet's
    /// <see cref="Hypergeometric"/> checks the parameters and gives the support.
    /// </remarks>
    public static double UpperTail(int k, int n, int successes, int population)
    {
        var distribution = new Hypergeometric(population, successes, n);
        if (k <= distribution.Minimum) return 1.0;
        if (k > distribution.Maximum) return 0.0;
        var lnTotal = SpecialFunctions.BinomialLn(population, n);
        var sum = 0.0;
        for (var i = distribution.Maximum; i >= k; i--) // smallest terms first
            sum += Math.Exp(SpecialFunctions.BinomialLn(successes, i) + SpecialFunctions.BinomialLn(population - successes, n - i) - lnTotal);
        return Math.Min(1.0, sum);
    }
}
