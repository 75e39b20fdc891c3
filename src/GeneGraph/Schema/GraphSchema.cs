using static GeneGraph.Schema.NodeProperties;
using static GeneGraph.Schema.RelationshipProperties;

namespace GeneGraph.Schema;

/// <summary>
/// The graph's schema, declared once: per label its key and properties, per relationship type its Neo4j name,
/// ends and properties, and what every element has. The builder sets only these properties, and the writers, the
/// Cypher statements and the queries take their names and types from here; docs/graph-model.md and
/// cypher/schema-*.cypher are checked against it.
/// </summary>
public static class GraphSchema
{
    /// <summary>Every node's key, unique within its label: what <c>MERGE</c> matches on and the constraints are on.</summary>
    public static readonly Property<string> Key = new("id", "the node's identity, unique within its label; what it is depends on the label");

    /// <summary>Every node and relationship: where it was read, <c>path:line</c> (no <c>:line</c> for a fact of a whole note).</summary>
    public static readonly Property<IReadOnlyList<string>> Sources = new("sources", "the vault-relative path:line of every fact it was built from");

    public static IReadOnlyList<NodeDeclaration> Nodes { get; } =
    [
        new(NodeLabel.Gene, "HGNC symbol, upper case (`LIF`)",
            [Symbol, EnsemblId, NcbiGeneId, FullName, Biotype, RnaClass, NcbiSummary, GeneCardsSummary, UniProtSummary, Curie, Xrefs],
            Indexed: [EnsemblId, NcbiGeneId]),
        new(NodeLabel.Locus, "`chr22:30247659-30247698`", [Chrom, Start, End, Curie], Indexed: []),
        new(NodeLabel.Trait, "heading text (`sPAP`)", [Name, Curie], Indexed: []),
        new(NodeLabel.Pathway, "PathCards slug", [Name, Url, Curie, Xrefs], Indexed: []),
        new(NodeLabel.Disease, "MalaCards slug", [Name, Url, Curie, Xrefs], Indexed: []),
        new(NodeLabel.Paper, "consensus.app 32-hex id, else the cited URL", [Url, Slug, Question, Title, Curie, Xrefs], Indexed: []),
        new(NodeLabel.GoTerm, "the phrase, lower case", [Name, Curie], Indexed: []),
    ];

    public static IReadOnlyList<RelationshipDeclaration> Relationships { get; } =
    [
        new(RelationshipType.HasLocus, "HAS_LOCUS", NodeLabel.Gene, NodeLabel.Locus, []),
        new(RelationshipType.CorrelatesWith, "CORRELATES_WITH", NodeLabel.Locus, NodeLabel.Trait, [R, AbsR, Plot, Gene]),
        new(RelationshipType.AssociatedWith, "ASSOCIATED_WITH", NodeLabel.Gene, NodeLabel.Disease, [Source]),
        new(RelationshipType.InPathway, "IN_PATHWAY", NodeLabel.Gene, NodeLabel.Pathway, []),
        new(RelationshipType.HasGoAnnotation, "HAS_GO_ANNOTATION", NodeLabel.Gene, NodeLabel.GoTerm, []),
        new(RelationshipType.ParalogOf, "PARALOG_OF", NodeLabel.Gene, NodeLabel.Gene, []),
        new(RelationshipType.Mentions, "MENTIONS", NodeLabel.Paper, NodeLabel.Gene, [Claim]),
        new(RelationshipType.CorrelatesWithTrait, "CORRELATES_WITH_TRAIT", NodeLabel.Gene, NodeLabel.Trait, [Loci, MaxAbsR, MeanR, SignsAgree], Derived: true),
        new(RelationshipType.EnrichedInPathway, "ENRICHED_IN", NodeLabel.Trait, NodeLabel.Pathway, EnrichedIn, Derived: true),
        new(RelationshipType.EnrichedInDisease, "ENRICHED_IN", NodeLabel.Trait, NodeLabel.Disease, EnrichedIn, Derived: true),
        new(RelationshipType.EnrichedInGoTerm, "ENRICHED_IN", NodeLabel.Trait, NodeLabel.GoTerm, EnrichedIn, Derived: true),
    ];

    private static IReadOnlyList<Property> EnrichedIn =>
        [Overlap, TraitGenes, TermGenes, BackgroundGenes, Fold, P, Q, OverlapGenes, MinAbsR, Sign, Background, Correction];

    private static readonly NodeDeclaration[] ByLabel = IndexedBy(Nodes, n => (int)n.Label, Enum.GetValues<NodeLabel>().Length, "label");

    private static readonly RelationshipDeclaration[] ByType =
        IndexedBy(Relationships, r => (int)r.Type, Enum.GetValues<RelationshipType>().Length, "relationship type");

    public static NodeDeclaration Of(NodeLabel label) =>
        (uint)label < (uint)ByLabel.Length ? ByLabel[(int)label] : throw new ArgumentOutOfRangeException(nameof(label), label, null);

    public static RelationshipDeclaration Of(RelationshipType type) =>
        (uint)type < (uint)ByType.Length ? ByType[(int)type] : throw new ArgumentOutOfRangeException(nameof(type), type, null);

    /// <summary>The declarations in enum order, for lookup by value; every value declared exactly once.</summary>
    private static T[] IndexedBy<T>(IReadOnlyList<T> declarations, Func<T, int> index, int count, string what)
    {
        var byIndex = new T[count];
        var declared = new bool[count];
        foreach (var declaration in declarations)
        {
            var i = index(declaration);
            if (declared[i]) throw new InvalidOperationException($"the schema declares a {what} twice: {declaration}");
            declared[i] = true;
            byIndex[i] = declaration;
        }
        if (Array.IndexOf(declared, false) is var missing and >= 0)
            throw new InvalidOperationException($"the schema does not declare {what} number {missing}");
        return byIndex;
    }
}
