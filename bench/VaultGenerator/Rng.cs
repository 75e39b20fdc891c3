namespace GeneGraph.VaultGenerator;

/// <summary>SplitMix64: a small PRNG whose sequence is fixed by its seed on every runtime (unlike System.Random's contract).</summary>
public sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n).</summary>
    public int Next(int n) => n <= 0 ? throw new ArgumentOutOfRangeException(nameof(n)) : (int)(NextULong() % (ulong)n);

    /// <summary>Uniform in [min, max] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>An index in [0, n) skewed to the front (popular items are reused more, as in real annotation).</summary>
    public int Skewed(int n, double power = 2.2) => Math.Min(n - 1, (int)(n * Math.Pow(NextDouble(), power)));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public string Hex(int digits)
    {
        var chars = new char[digits];
        for (var i = 0; i < digits; i++) chars[i] = "0123456789abcdef"[Next(16)];
        return new string(chars);
    }
}
