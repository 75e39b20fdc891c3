namespace GeneGraph.Schema;

/// <summary>How one relationship type is said in the Biolink model (KGX edges).</summary>
/// <param name="Predicate">The predicate, <c>biolink:snake_case</c>.</param>
/// <param name="KnowledgeLevel">A value of the model's <c>KnowledgeLevelEnum</c>.</param>
/// <param name="AgentType">A value of the model's <c>AgentTypeEnum</c>.</param>
public sealed record BiolinkEdge(string Predicate, string KnowledgeLevel, string AgentType);

/// <summary>
/// The schema in the Biolink model's terms (docs/kgx.md): a category per label and a predicate per relationship
/// type. Every declared label and type has its row (a test holds it so, and checks every term against the model).
/// </summary>
public static class BiolinkMapping
{
    public const string PositivelyCorrelatedWith = "biolink:positively_correlated_with";
    public const string NegativelyCorrelatedWith = "biolink:negatively_correlated_with";
    public const string MolecularActivity = "biolink:MolecularActivity";
    public const string Enables = "biolink:enables";

    /// <summary>Genes of a vault are human: their plots name ENSG ids.</summary>
    public const string HumanTaxon = CuriePrefixes.Taxon + ":9606";

    public static IReadOnlyDictionary<NodeLabel, string> Categories { get; } = new Dictionary<NodeLabel, string>
    {
        [NodeLabel.Gene] = "biolink:Gene",
        // A plot's locus is a genomic interval. The model has no concrete class for a bare interval:
        // GenomicSequenceLocalization is an association, GenomicEntity a mixin, BiologicalEntity abstract, and
        // RegulatoryRegion would claim a role the notes do not state; so the root class.
        [NodeLabel.Locus] = "biolink:NamedThing",
        [NodeLabel.Trait] = "biolink:PhenotypicFeature",
        [NodeLabel.Pathway] = "biolink:Pathway",
        [NodeLabel.Disease] = "biolink:Disease",
        [NodeLabel.Paper] = "biolink:Publication",
        // A GO phrase whose aspect is not known: the root class (see GoTermCategory for the known ones).
        [NodeLabel.GoTerm] = "biolink:NamedThing",
    };

    public static IReadOnlyDictionary<RelationshipType, BiolinkEdge> Edges { get; } = new Dictionary<RelationshipType, BiolinkEdge>
    {
        [RelationshipType.HasLocus] = new("biolink:has_part", "knowledge_assertion", "data_analysis_pipeline"),
        // r's sign picks positively_/negatively_correlated_with (CorrelationPredicate); r = 0 stays correlated_with.
        [RelationshipType.CorrelatesWith] = new("biolink:correlated_with", "statistical_association", "data_analysis_pipeline"),
        [RelationshipType.AssociatedWith] = new("biolink:associated_with", "knowledge_assertion", "not_provided"),
        [RelationshipType.InPathway] = new("biolink:participates_in", "knowledge_assertion", "not_provided"),
        // enables for a GO term known to be a molecular activity (GoTermCategory), else the general predicate.
        [RelationshipType.HasGoAnnotation] = new("biolink:related_to_at_instance_level", "knowledge_assertion", "not_provided"),
        [RelationshipType.ParalogOf] = new("biolink:paralogous_to", "knowledge_assertion", "not_provided"),
        [RelationshipType.Mentions] = new("biolink:mentions", "knowledge_assertion", "manual_agent"),
        // Derived edges (written with --derived): the gene–trait summary of locus correlations, and an
        // over-representation test of a trait's genes in a term; both computed by GeneGraph from the notes.
        [RelationshipType.CorrelatesWithTrait] = new("biolink:correlated_with", "statistical_association", "data_analysis_pipeline"),
        [RelationshipType.EnrichedInPathway] = new("biolink:associated_with", "statistical_association", "data_analysis_pipeline"),
        [RelationshipType.EnrichedInDisease] = new("biolink:associated_with", "statistical_association", "data_analysis_pipeline"),
        [RelationshipType.EnrichedInGoTerm] = new("biolink:associated_with", "statistical_association", "data_analysis_pipeline"),
    };

    public static string Category(NodeLabel label) =>
        Categories.TryGetValue(label, out var category) ? category : throw new InvalidOperationException($"no Biolink category for {label}");

    public static BiolinkEdge Edge(RelationshipType type) =>
        Edges.TryGetValue(type, out var edge) ? edge : throw new InvalidOperationException($"no Biolink predicate for {type.Name()}");

    /// <summary>The predicate of a correlation with coefficient <paramref name="r"/>.</summary>
    public static string CorrelationPredicate(double r) =>
        r > 0 ? PositivelyCorrelatedWith : r < 0 ? NegativelyCorrelatedWith : Edge(RelationshipType.CorrelatesWith).Predicate;

    /// <summary>
    /// A GO phrase's class when its words say it: GO names every molecular function "… activity", "… binding" or
    /// "structural constituent of …"; any other phrase may be a process or a component, so it gets none (null).
    /// </summary>
    public static string? GoTermCategory(string phrase)
    {
        var words = phrase.Trim().ToLowerInvariant();
        return words.EndsWith("binding", StringComparison.Ordinal) || words.Contains(" activity", StringComparison.Ordinal)
            || words.StartsWith("structural constituent", StringComparison.Ordinal)
            ? MolecularActivity
            : null;
    }
}
