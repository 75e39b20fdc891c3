
namespace GeneGraph.Schema;

/// <summary>A relationship type: its Neo4j name (UPPER_SNAKE_CASE), the labels it joins and its properties.</summary>
public sealed record RelationshipDeclaration(
    RelationshipType Type,
    string Name,
    NodeLabel From,
    NodeLabel To,
    IReadOnlyList<Property> Properties)
{
    /// <summary>The declared property named <paramref name="name"/>, or null.</summary>
    public Property? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
