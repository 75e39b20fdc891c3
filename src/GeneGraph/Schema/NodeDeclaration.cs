
namespace GeneGraph.Schema;

/// <summary>What a node of one label holds: its key (<see cref="GraphSchema.Key"/>), its properties and indexes.</summary>
/// <param name="KeyMeaning">What the key of a node of this label is, as docs/graph-model.md says it.</param>
/// <param name="Indexed">Properties with an index besides the key's uniqueness constraint (lookups by another id).</param>
public sealed record NodeDeclaration(
    NodeLabel Label,
    string KeyMeaning,
    IReadOnlyList<Property> Properties,
    IReadOnlyList<Property> Indexed)
{
    /// <summary>The declared property named <paramref name="name"/>, or null.</summary>
    public Property? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
