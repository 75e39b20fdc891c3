using System.Globalization;
using System.Numerics;
using GeneGraph.Enrichment;
using GeneGraph.Tests.TestSupport;
using MathNet.Numerics.Distributions;

namespace GeneGraph.Tests.Enrichment;

/// <summary>The upper tail against exact rational arithmetic: System.Numerics.BigInteger binomials here, Python's math.comb and Fraction in a child process.</summary>
public sealed class HypergeometricTailTests
{
    /// <summary>(k, n, K, N): the thesis vault's sizes, tables at the edges of the support, a universe of 20,000 genes.</summary>
    private static readonly (int K, int N, int Successes, int Population)[] Cases =
    [
        (1, 11, 1, 70), (2, 11, 3, 70), (3, 3, 3, 10), (1, 3, 3, 10), (0, 5, 4, 20), (5, 12, 9, 70), (4, 4, 4, 70),
        (12, 40, 30, 122), (30, 60, 40, 20000), (50, 50, 50, 20000), (7, 200, 300, 20000), (2, 100, 100, 20000),
    ];

    public static TheoryData<int, int, int, int> Tables()
    {
        var data = new TheoryData<int, int, int, int>();
        foreach (var (k, n, successes, population) in Cases) data.Add(k, n, successes, population);
        return data;
    }

    /// <summary>P(X ≥ k) as an exact fraction of integer binomials, then to double through logarithms of the two integers.</summary>
    internal static double Exact(int k, int n, int successes, int population)
    {
        var numerator = BigInteger.Zero;
        for (var i = k; i <= Math.Min(n, successes); i++)
            numerator += Binomial(successes, i) * Binomial(population - successes, n - i);
        var denominator = Binomial(population, n);
        if (numerator.IsZero) return 0;
        return numerator == denominator ? 1.0 : Math.Exp(BigInteger.Log(numerator) - BigInteger.Log(denominator));
    }

    private static BigInteger Binomial(int n, int k)
    {
        if (k < 0 || k > n) return BigInteger.Zero;
        var result = BigInteger.One;
        for (var i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void The_upper_tail_equals_the_exact_sum_of_integer_binomials(int k, int n, int successes, int population)
    {
        var exact = Exact(k, n, successes, population);
        var tail = HypergeometricTail.UpperTail(k, n, successes, population);
        Assert.True(Math.Abs(tail - exact) <= 1e-9 * exact, $"P(X >= {k}) = {tail:R}, exact {exact:R}");
    }

    [Fact]
    public async Task The_upper_tail_equals_Pythons_math_comb_fractions()
    {
        var tables = Cases;
        var script = "import sys\nfrom math import comb\nfrom fractions import Fraction\n" +
                     "for line in sys.stdin:\n" +
                     "    k, n, K, N = map(int, line.split())\n" +
                     "    print(repr(float(Fraction(sum(comb(K, i) * comb(N - K, n - i) for i in range(k, min(n, K) + 1)), comb(N, n)))))\n";
        ChildProcess.Result result;
        try
        {
            result = await ChildProcess.RunAsync("python3", ["-c", script], input: string.Join("\n", tables.Select(t => $"{t.K} {t.N} {t.Successes} {t.Population}")) + "\n");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Skip("python3 is not available: " + e.Message);
            return;
        }
        Assert.True(result.ExitCode == 0, result.Stderr);
        var python = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(tables.Length, python.Count);
        for (var i = 0; i < tables.Length; i++)
        {
            var (k, n, successes, population) = tables[i];
            var tail = HypergeometricTail.UpperTail(k, n, successes, population);
            Assert.True(Math.Abs(tail - python[i]) <= 1e-9 * python[i], $"({k}, {n}, {successes}, {population}): {tail:R}, Python {python[i]:R}");
        }
    }

    [Fact]
    public void A_term_every_background_gene_is_linked_to_has_p_one() =>
        Assert.Equal(1.0, HypergeometricTail.UpperTail(11, 11, 70, 70));

    [Fact]
    public void A_term_holding_only_the_traits_genes_gets_the_smallest_p_the_table_allows()
    {
        // n = K = k = 3 of N = 10: the one table as extreme as can be, 1 / C(10, 3)
        Assert.Equal(1.0 / 120, HypergeometricTail.UpperTail(3, 3, 3, 10), 15);
        var smallest = Enumerable.Range(1, 10).SelectMany(K => Enumerable.Range(1, Math.Min(3, K)).Select(k => HypergeometricTail.UpperTail(k, 3, K, 10))).Min();
        Assert.Equal(HypergeometricTail.UpperTail(3, 3, 3, 10), smallest);
    }

    [Fact]
    public void The_tail_stays_exact_where_one_minus_the_CDF_loses_every_digit()
    {
        // P(X >= 30) for n = 60 of N = 20000 with K = 40 is 2.5e-71; 1 - CDF(29) cannot hold it (measured: 2e-11 with
        // MathNet 5.0.0, the rounding of a CDF near 1, sixty orders of magnitude off)
        var oneMinusCdf = 1 - new Hypergeometric(20000, 40, 60).CumulativeDistribution(29);
        var exact = Exact(30, 60, 40, 20000);
        Assert.True(exact < 1e-60 && Math.Abs(oneMinusCdf - exact) > 1e6 * exact, $"exact {exact:R}, 1 - CDF {oneMinusCdf:R}");
        Assert.Equal(exact, HypergeometricTail.UpperTail(30, 60, 40, 20000), exact * 1e-9);
    }
}
