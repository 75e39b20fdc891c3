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
}

public static class RelationshipTypes
{
    public static IReadOnlyList<RelationshipType> All { get; } = Enum.GetValues<RelationshipType>();

    /// <summary>The Neo4j spelling, UPPER_SNAKE_CASE.</summary>
    public static string Name(this RelationshipType type) => GraphSchema.Of(type).Name;

    public static (NodeLabel From, NodeLabel To) Endpoints(this RelationshipType type)
    {
        var declaration = GraphSchema.Of(type);
        return (declaration.From, declaration.To);
    }
}
