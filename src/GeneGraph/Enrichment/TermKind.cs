using GeneGraph.Schema;

namespace GeneGraph.Enrichment;

/// <summary>What a trait's genes are tested against: the pathways, diseases or GO terms the notes link them to.</summary>
public enum TermKind
{
    Pathway,
    Disease,
    GoTerm,
}

public static class TermKinds
{
    public static IReadOnlyList<TermKind> All { get; } = Enum.GetValues<TermKind>();

    /// <summary>The command-line name: <c>pathway</c>, <c>disease</c>, <c>goterm</c>.</summary>
    public static string Name(this TermKind kind) => kind.ToString().ToLowerInvariant();

    public static TermKind? Parse(string name) => All.Cast<TermKind?>().FirstOrDefault(k => k!.Value.Name() == name.Trim().ToLowerInvariant());

    /// <summary>The relationship that links a gene to a term of this kind.</summary>
    public static RelationshipType Link(this TermKind kind) => kind switch
    {
        TermKind.Pathway => RelationshipType.InPathway,
        TermKind.Disease => RelationshipType.AssociatedWith,
        TermKind.GoTerm => RelationshipType.HasGoAnnotation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The derived relationship from a trait to an enriched term of this kind.</summary>
    public static RelationshipType EnrichedIn(this TermKind kind) => kind switch
    {
        TermKind.Pathway => RelationshipType.EnrichedInPathway,
        TermKind.Disease => RelationshipType.EnrichedInDisease,
        TermKind.GoTerm => RelationshipType.EnrichedInGoTerm,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
