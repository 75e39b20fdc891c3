using GeneGraph.Schema;

namespace GeneGraph.Tests.Schema;

public sealed class GraphSchemaTests
{
    [Fact]
    public void Every_label_and_relationship_type_is_declared_once_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<NodeLabel>(), GraphSchema.Nodes.Select(n => n.Label));
        Assert.Equal(Enum.GetValues<RelationshipType>(), GraphSchema.Relationships.Select(r => r.Type));
        Assert.All(Enum.GetValues<NodeLabel>(), l => Assert.Equal(l, GraphSchema.Of(l).Label));
        Assert.All(RelationshipTypes.All, t => Assert.Equal(t, GraphSchema.Of(t).Type));
    }

    [Fact]
    public void Relationship_types_name_and_ends_are_the_declaration()
    {
        Assert.Equal("CORRELATES_WITH", RelationshipType.CorrelatesWith.Name());
        Assert.Equal((NodeLabel.Locus, NodeLabel.Trait), RelationshipType.CorrelatesWith.Endpoints());
        Assert.All(GraphSchema.Relationships, r => Assert.Equal((r.From, r.To), r.Type.Endpoints()));
        Assert.All(GraphSchema.Relationships, r => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", r.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((RelationshipType)99).Name());
    }

    [Fact]
    public void Property_names_are_camel_case_unique_per_element_and_clear_of_the_key_and_sources()
    {
        var lists = GraphSchema.Nodes.Select(n => (Owner: n.Label.ToString(), n.Properties))
            .Concat(GraphSchema.Relationships.Select(r => (Owner: r.Name, r.Properties)));
        foreach (var (owner, properties) in lists)
        {
            Assert.All(properties, p => Assert.Matches("^[a-z][A-Za-z0-9]*$", p.Name));
            Assert.Equal(properties.Count, properties.Select(p => p.Name).Distinct().Count());
            Assert.DoesNotContain(properties, p => p.Name == GraphSchema.Key.Name || p.Name == GraphSchema.Sources.Name);
            Assert.All(properties, p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{owner}.{p.Name} has no description"));
        }
        Assert.All(GraphSchema.Nodes, n => Assert.All(n.Indexed, p => Assert.Contains(p, n.Properties)));
    }

    [Fact]
    public void A_declared_property_holds_only_values_of_its_type()
    {
        Assert.Equal(PropertyType.Long, NodeProperties.NcbiGeneId.Type);
        Assert.True(NodeProperties.NcbiGeneId.Holds(3976L));
        Assert.False(NodeProperties.NcbiGeneId.Holds("3976"));
        Assert.False(NodeProperties.NcbiGeneId.Holds(3976));
        Assert.Equal(PropertyType.StringList, GraphSchema.Sources.Type);
        Assert.True(GraphSchema.Sources.Holds(new[] { "a.md:1" }));
        Assert.Throws<ArgumentException>(() => new Property<int>("count", "an int, which no property type holds"));
    }
}
