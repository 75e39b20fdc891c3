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

    // CORRELATES_WITH_TRAIT (derived): the CORRELATES_WITH edges of one gene's loci to one trait, summarised
    public static readonly Property<long> Loci = new("loci", "how many of the gene's loci correlate with the trait");
    public static readonly Property<double> MaxAbsR = new("maxAbsR", "the largest |r| of those loci");
    public static readonly Property<double> MeanR = new("meanR", "the mean of their signed r");
    public static readonly Property<bool> SignsAgree = new("signsAgree", "false when one locus correlates positively and another negatively");

    // ENRICHED_IN (derived): one over-representation test of a trait's genes in a pathway, disease or GO term
    public static readonly Property<long> Overlap = new("overlap", "k: the trait's genes linked to the term");
    public static readonly Property<long> TraitGenes = new("traitGenes", "n: the trait's genes in the background");
    public static readonly Property<long> TermGenes = new("termGenes", "K: the background's genes linked to the term");
    public static readonly Property<long> BackgroundGenes = new("backgroundGenes", "N: the genes of the background");
    public static readonly Property<double> Fold = new("fold", "fold enrichment, (k/n)/(K/N)");
    public static readonly Property<double> P = new("p", "the hypergeometric upper-tail p, P(X >= k)");
    public static readonly Property<double> Q = new("q", "the Benjamini-Hochberg q over the tests of one trait and kind (of all traits, with correction across traits)");
    public static readonly Property<IReadOnlyList<string>> OverlapGenes = new("genes", "the ids of the k genes");
    public static readonly Property<double> MinAbsR = new("minAbsR", "the smallest |r| a locus needed to put its gene in the trait's set");
    public static readonly Property<string> Sign = new("sign", "the signs of r counted: positive, negative or both");
    public static readonly Property<string> Background = new("background", "the background the test used: the vault's gene notes, or a universe file");
    public static readonly Property<string> Correction = new("correction", "the tests q is corrected over: trait-and-kind, or across-traits");
}
