using GeneGraph.Enrichment;
using GeneGraph.Graph;
using GeneGraph.Pipeline;
using GeneGraph.Schema;
using GeneGraph.Tests.EndToEnd;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Schema;

/// <summary>
/// What the builder sets on real vaults is what <see cref="GraphSchema"/> declares, so the declaration cannot drift
/// from the builder: every property of every node and relationship is declared for its label or type, with the type
/// its value has; and every declared property occurs on one of them.
/// </summary>
public sealed class BuiltGraphTests(ThesisVaultFixture thesis) : IClassFixture<ThesisVaultFixture>
{
    /// <summary>Each property set, as <c>Gene.symbol: String</c>, and each one that is undeclared or of another type.</summary>
    private static (HashSet<string> Set, List<string> Wrong) Check(KnowledgeGraph graph)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var node in graph.Nodes)
            Observe(node.Label.ToString(), GraphSchema.Of(node.Label).Find, node.Properties, node.Uid);
        foreach (var edge in graph.Edges)
            Observe(edge.Type.Name(), GraphSchema.Of(edge.Type).Find, edge.Properties, edge.Uid);
        return (set, wrong);

        void Observe(string owner, Func<string, Property?> declared, PropertyBag properties, string uid)
        {
            foreach (var (name, value) in properties)
            {
                var type = PropertyTypes.OfValue(value);
                set.Add($"{owner}.{name}: {type}");
                if (declared(name) is not { } property)
                    wrong.Add($"{uid}.{name} is not declared for {owner}");
                else if (property.Type != type)
                    wrong.Add($"{uid}.{name} holds a {value.GetType().Name}, declared {property.Type}");
            }
        }
    }

    [Fact]
    public void Every_property_the_builder_sets_on_the_thesis_vault_is_declared_with_its_type() =>
        Assert.Empty(Check(thesis.Require().Graph).Wrong);

    [Fact]
    public void Every_property_the_builder_sets_on_the_example_vault_is_declared_with_its_type() =>
        Assert.Empty(Check(VaultGraph.Build(RepoPaths.ExampleVault()).Graph).Wrong);

    /// <summary>
    /// No declaration without a builder that sets it (the thesis vault has no RNA gene, the example vault no UniProt
    /// summary); the derived relationships are those of the thesis vault with <c>--derived enrichment,gene-trait</c>.
    /// </summary>
    [Fact]
    public void Every_declared_property_occurs_on_the_thesis_or_the_example_vault()
    {
        var set = Check(thesis.Require().Graph).Set;
        var derived = VaultGraph.Build(RepoPaths.ThesisVault());
        DerivedEdges.Add(derived.Graph, DerivedKinds.Enrichment | DerivedKinds.GeneTrait,
            Background.GeneNotes(derived.Graph, derived.GeneNoteKeys), EnrichmentOptions.Default);
        var (derivedSet, wrong) = Check(derived.Graph);
        Assert.Empty(wrong);
        set.UnionWith(derivedSet);
        set.UnionWith(Check(VaultGraph.Build(RepoPaths.ExampleVault()).Graph).Set);
        var declared = GraphSchema.Nodes.SelectMany(n => n.Properties.Select(p => $"{n.Label}.{p.Name}: {p.Type}"))
            .Concat(GraphSchema.Relationships.SelectMany(r => r.Properties.Select(p => $"{r.Name}.{p.Name}: {p.Type}")));
        DeclaredAndFound.AssertSame(declared, set, "the properties set on the thesis and example vaults");
    }
}
