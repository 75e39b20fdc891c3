namespace GeneGraph.Schema;

/// <summary>
/// The prefixes of the <see cref="NodeProperties.Curie"/> and <see cref="NodeProperties.Xrefs"/> values. The standard
/// ones are spelled as the Biolink model spells them (its <c>prefixes</c> and classes' <c>id_prefixes</c>); the
/// <c>genegraph.*</c> ones name what no standard identifier names (a vault's loci, traits, card slugs), and the
/// Biolink model has none of them (docs/graph-model.md#standard-identifiers, tested against the model).
/// </summary>
public static class CuriePrefixes
{
    public const string NcbiGene = "NCBIGene";
    public const string Ensembl = "ENSEMBL";
    public const string Doi = "doi";
    public const string PubMed = "PMID";
    public const string GeneOntology = "GO";
    public const string Taxon = "NCBITaxon";
    public const string InformationResource = "infores";
    public const string Biolink = "biolink";

    public const string Gene = "genegraph.gene";
    public const string Locus = "genegraph.locus";
    public const string Trait = "genegraph.trait";
    public const string Pathway = "genegraph.pathway";
    public const string Disease = "genegraph.disease";
    public const string GoTerm = "genegraph.go";
    public const string Paper = "genegraph.paper";

    /// <summary>The GeneGraph prefixes, one per label: a node without a standard identifier gets its key under its label's.</summary>
    public static string Own(NodeLabel label) => label switch
    {
        NodeLabel.Gene => Gene,
        NodeLabel.Locus => Locus,
        NodeLabel.Trait => Trait,
        NodeLabel.Pathway => Pathway,
        NodeLabel.Disease => Disease,
        NodeLabel.GoTerm => GoTerm,
        NodeLabel.Paper => Paper,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    public static IReadOnlyList<string> AllOwn { get; } = [Gene, Locus, Trait, Pathway, Disease, GoTerm, Paper];

    /// <summary>
    /// <c>prefix:reference</c>, the reference percent-encoded where it is not CURIE-safe (spaces, quotes, commas;
    /// unreserved characters and <c>:</c> stay), so every key gives one CURIE and back.
    /// </summary>
    public static string Curie(string prefix, string reference) =>
        prefix + ":" + Uri.EscapeDataString(reference).Replace("%3A", ":", StringComparison.Ordinal);
}
