namespace GeneGraph.Graph;

/// <summary>The fixed set of relationship types, each with the labels it joins.</summary>
public enum RelationshipType
{
    HasLocus,
    CorrelatesWith,
    AssociatedWith,
    InPathway,
    HasGoAnnotation,
    ParalogOf,
    Mentions,
}

public static class RelationshipTypes
{
    public static IReadOnlyList<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    /// <summary>The Neo4j spelling, UPPER_SNAKE_CASE.</summary>
    public static string Name(this RelationshipType type) => type switch
    {
        RelationshipType.HasLocus => "HAS_LOCUS",
        RelationshipType.CorrelatesWith => "CORRELATES_WITH",
        RelationshipType.AssociatedWith => "ASSOCIATED_WITH",
        RelationshipType.InPathway => "IN_PATHWAY",
        RelationshipType.HasGoAnnotation => "HAS_GO_ANNOTATION",
        RelationshipType.ParalogOf => "PARALOG_OF",
        RelationshipType.Mentions => "MENTIONS",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static (NodeLabel From, NodeLabel To) Endpoints(this RelationshipType type) => type switch
    {
        RelationshipType.HasLocus => (NodeLabel.Gene, NodeLabel.Locus),
        RelationshipType.CorrelatesWith => (NodeLabel.Locus, NodeLabel.Trait),
        RelationshipType.AssociatedWith => (NodeLabel.Gene, NodeLabel.Disease),
        RelationshipType.InPathway => (NodeLabel.Gene, NodeLabel.Pathway),
        RelationshipType.HasGoAnnotation => (NodeLabel.Gene, NodeLabel.GoTerm),
        RelationshipType.ParalogOf => (NodeLabel.Gene, NodeLabel.Gene),
        RelationshipType.Mentions => (NodeLabel.Paper, NodeLabel.Gene),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
