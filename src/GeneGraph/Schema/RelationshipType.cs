namespace GeneGraph.Schema;

/// <summary>The fixed set of relationship types; each one's name and ends are declared in <see cref="GraphSchema"/>.</summary>
public enum RelationshipType
{
    HasLocus,
    CorrelatesWith,
    AssociatedWith,
    InPathway,
    HasGoAnnotation,
    ParalogOf,
    Mentions,

    // Derived from the others (src/GeneGraph/Enrichment), written only when asked (--derived).
    CorrelatesWithTrait,
    EnrichedInPathway,
    EnrichedInDisease,
    EnrichedInGoTerm,
}

public static class RelationshipTypes
{
    public static IReadOnlyList<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    /// <summary>The Neo4j spelling, UPPER_SNAKE_CASE.</summary>
    public static string Name(this RelationshipType type) => GraphSchema.Of(type).Name;

    /// <summary>
    /// The type as one label pair of it: the Neo4j name, with the end label when several declarations share the name
    /// (<c>ENRICHED_IN</c> joins a Trait to a Pathway, a Disease or a GoTerm): <c>ENRICHED_IN-Pathway</c>.
    /// </summary>
    public static string QualifiedName(this RelationshipType type)
    {
        var declaration = GraphSchema.Of(type);
        return GraphSchema.Relationships.Count(r => r.Name == declaration.Name) > 1 ? $"{declaration.Name}-{declaration.To}" : declaration.Name;
    }

    /// <summary>True for the types derived from the vault's facts rather than read from it.</summary>
    public static bool IsDerived(this RelationshipType type) => GraphSchema.Of(type).Derived;

    public static (NodeLabel From, NodeLabel To) Endpoints(this RelationshipType type)
    {
        var declaration = GraphSchema.Of(type);
        return (declaration.From, declaration.To);
    }
}
