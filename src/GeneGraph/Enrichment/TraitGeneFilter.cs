namespace GeneGraph.Enrichment;

/// <summary>
/// Which genes count as a trait's: a gene is in the set when at least one of its loci correlates with the trait
/// with |r| ≥ <see cref="MinAbsR"/> and a sign <see cref="Sign"/> admits.
/// </summary>
/// <param name="Sign">1: positive r only; -1: negative only; 0: both.</param>
public sealed record TraitGeneFilter(double MinAbsR = 0, int Sign = 0)
{
    public bool Admits(double r) => Math.Abs(r) >= MinAbsR && (Sign == 0 || Math.Sign(r) == Math.Sign(Sign));

    /// <summary><c>positive</c>, <c>negative</c> or <c>both</c>.</summary>
    public string SignName => Sign switch { > 0 => "positive", < 0 => "negative", _ => "both" };

    public static int ParseSign(string name) => name.Trim().ToLowerInvariant() switch
    {
        "positive" => 1,
        "negative" => -1,
        "both" => 0,
        _ => throw new ArgumentException($"the sign is positive, negative or both, not '{name}'"),
    };
}
