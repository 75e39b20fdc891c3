namespace GeneGraph.Schema;

/// <summary>
/// The properties of relationships, each declared once; <see cref="GraphSchema.Relationships"/> says which types
/// have which. Every relationship also has <see cref="GraphSchema.Sources"/>.
/// </summary>
public static class RelationshipProperties
{
    // CORRELATES_WITH
    public static readonly Property<double> R = new("r", "the correlation coefficient of the plot, signed");
    public static readonly Property<double> AbsR = new("absR", "the absolute value of r, for sorting by strength");
    public static readonly Property<string> Plot = new("plot", "the plot's file name, which the correlation was read from");
    public static readonly Property<string> Gene = new("gene", "the id of the Gene whose locus it is");

    // ASSOCIATED_WITH
    public static readonly Property<string> Source = new("source", "where the association was read (GeneCards)");

    // MENTIONS
    public static readonly Property<string> Claim = new("claim", "the claim the paper makes about the gene");
}
