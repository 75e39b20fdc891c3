using GeneGraph.Cypher;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Cypher;

/// <summary>The content hash a sync compares: written straight from each element, equal to the hash of the row it sends.</summary>
public sealed class SyncRowsTests
{
    [Fact]
    public void The_hash_written_from_an_element_equals_the_hash_of_its_row_on_the_thesis_and_example_vaults()
    {
        foreach (var vault in new[] { RepoPaths.ThesisVault(), RepoPaths.ExampleVault() })
        {
            var graph = VaultGraph.Build(vault).Graph;
            Assert.All(graph.Nodes, n => Assert.Equal(SyncRows.Hash(Properties(GraphRows.Node(n))), SyncRows.Hash(n)));
            Assert.All(graph.Edges, e => Assert.Equal(SyncRows.Hash(Properties(GraphRows.Relationship(e))), SyncRows.Hash(e)));
            // Equal content, equal hash; other content, another hash.
            Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(SyncRows.Hash).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void A_hash_is_128_bits_in_lower_case_hex_and_depends_on_every_value()
    {
        var a = SyncRows.Hash(new Dictionary<string, object?> { ["id"] = "LIF", ["sources"] = new[] { "Genes/LIF.md:3" } });
        var b = SyncRows.Hash(new Dictionary<string, object?> { ["id"] = "LIF", ["sources"] = new[] { "Genes/LIF.md:4" } });
        Assert.Matches("^[0-9a-f]{32}$", a);
        Assert.NotEqual(a, b);
        Assert.Equal(a, SyncRows.Hash(new Dictionary<string, object?> { ["sources"] = new[] { "Genes/LIF.md:3" }, ["id"] = "LIF" }));
    }

    private static IReadOnlyDictionary<string, object?> Properties(Dictionary<string, object?> row) =>
        (IReadOnlyDictionary<string, object?>)row[GraphRows.PropertiesField]!;
}
