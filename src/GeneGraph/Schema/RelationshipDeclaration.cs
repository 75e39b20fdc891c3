
namespace GeneGraph.Schema;

/// <summary>
/// A relationship type: its Neo4j name (UPPER_SNAKE_CASE), the labels it joins and its properties. Several
/// declarations may share one name, one per pair of labels (<c>ENRICHED_IN</c>: Trait → Pathway, Disease, GoTerm),
/// so a query reads <c>(t:Trait)-[:ENRICHED_IN]->(p:Pathway)</c> and each declaration's statements match its labels.
/// </summary>
/// <param name="Derived">Computed from the other relationships (src/GeneGraph/Enrichment), not read from a note.</param>
public sealed record RelationshipDeclaration(
    RelationshipType Type,
    string Name,
    NodeLabel From,
    NodeLabel To,
    IReadOnlyList<Property> Properties,
    bool Derived = false)
{
    /// <summary>The declared property named <paramref name="name"/>, or null.</summary>
    public Property? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
