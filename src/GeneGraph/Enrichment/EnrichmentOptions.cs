namespace GeneGraph.Enrichment;

/// <summary>How the tests are made: which genes are a trait's, the q kept, and the family BH corrects over.</summary>
/// <param name="MaxQ">Tests with a larger q are left out of the answer (1: every test).</param>
/// <param name="AcrossTraits">BH over the tests of every trait of one kind, not of one trait and kind.</param>
public sealed record EnrichmentOptions(TraitGeneFilter Filter, double MaxQ = 1.0, bool AcrossTraits = false)
{
    public static EnrichmentOptions Default { get; } = new(new TraitGeneFilter());

    /// <summary><c>trait-and-kind</c> or <c>across-traits</c>.</summary>
    public string CorrectionName => AcrossTraits ? "across-traits" : "trait-and-kind";
}
