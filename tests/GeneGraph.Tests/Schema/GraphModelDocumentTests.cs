using GeneGraph.Schema;

namespace GeneGraph.Tests.Schema;

/// <summary>docs/graph-model.md says what <see cref="GraphSchema"/> declares: nothing missing, nothing extra.</summary>
public sealed class GraphModelDocumentTests
{
    private static readonly GraphModelPage Page = GraphModelPage.Read();

    private static string TypeWord(PropertyType type) => type switch
    {
        PropertyType.String => "string",
        PropertyType.Long => "long",
        PropertyType.Double => "double",
        PropertyType.Boolean => "boolean",
        PropertyType.StringList => "string list",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static IEnumerable<string> Described(string owner, IEnumerable<Property> properties) =>
        properties.Select(p => $"{owner}.{p.Name}: {TypeWord(p.Type)}");

    private static IEnumerable<string> Described(string owner, IEnumerable<(string Name, string Type)> properties) =>
        properties.Select(p => $"{owner}.{p.Name}: {p.Type}");

    [Fact]
    public void The_nodes_table_lists_every_declared_label_with_its_key_and_properties_and_nothing_else()
    {
        Assert.Equal(Page.Nodes.Count, Page.Nodes.Select(n => n.Label).Distinct().Count());
        DeclaredAndFound.AssertSame(
            GraphSchema.Nodes.Select(n => $"{n.Label} {GraphSchema.Key.Name}: {n.KeyMeaning}"),
            Page.Nodes.Select(n => $"{n.Label} {n.KeyHeader}: {n.KeyMeaning}"),
            "the Nodes table's labels and keys");
        DeclaredAndFound.AssertSame(
            GraphSchema.Nodes.SelectMany(n => Described(n.Label.ToString(), n.Properties)),
            Page.Nodes.SelectMany(n => Described(n.Label, n.Properties)),
            "the Nodes table's properties");
    }

    [Fact]
    public void The_relationships_table_lists_every_declared_type_with_its_ends_and_properties_and_nothing_else()
    {
        Assert.Equal(Page.Relationships.Count, Page.Relationships.Select(r => (r.Type, r.From, r.To)).Distinct().Count());
        DeclaredAndFound.AssertSame(
            GraphSchema.Relationships.Select(r => $"{r.Name}: {r.From} → {r.To}"),
            Page.Relationships.Select(r => $"{r.Type}: {r.From} → {r.To}"),
            "the Relationships table's types and ends");
        DeclaredAndFound.AssertSame(
            GraphSchema.Relationships.SelectMany(r => Described(r.Name, r.Properties)),
            Page.Relationships.SelectMany(r => Described(r.Type, r.Properties)),
            "the Relationships table's properties");
    }

    [Fact]
    public void The_page_names_the_properties_of_every_element()
    {
        Assert.Equal([GraphSchema.Sources.Name], Page.EveryNodeHas);
        Assert.Equal([GraphSchema.Sources.Name], Page.EveryRelationshipHas);
    }

    [Fact]
    public void The_load_only_table_lists_the_sync_marks_and_the_graph_record_and_nothing_else()
    {
        Assert.Equal(2, Page.LoadOnly.Count);
        var (every, marks) = Page.LoadOnly[0];
        Assert.StartsWith("every node and relationship", every, StringComparison.Ordinal);
        DeclaredAndFound.AssertSame(Described("element", SyncMarks.OnEveryElement), Described("element", marks), "the marks on every element");
        var (record, recordProperties) = Page.LoadOnly[1];
        Assert.StartsWith($"`{SyncMarks.GraphLabel}`", record, StringComparison.Ordinal);
        DeclaredAndFound.AssertSame(Described(SyncMarks.GraphLabel, [SyncMarks.GraphName, SyncMarks.Vault, SyncMarks.Generation]),
            Described(SyncMarks.GraphLabel, recordProperties), "the graph record's properties");
    }

    [Fact]
    public void The_partial_exports_table_lists_the_graph_properties_and_nothing_else()
    {
        var (element, properties) = Assert.Single(Page.PartialOnly);
        Assert.Equal("the graph", element);
        DeclaredAndFound.AssertSame(Described("graph", SelectionProperties.All), Described("graph", properties), "the graph's properties");
    }

    [Fact]
    public void A_property_cell_gives_each_property_its_type_or_string()
    {
        Assert.Equal(
            [("symbol", "string"), ("ncbiGeneId", "long"), ("biotype", "string"), ("r", "double"), ("tags", "string list"), ("plot", "string")],
            GraphModelPage.PropertyCell("`symbol`, `ncbiGeneId` (long), `biotype` (`Protein Coding`, `RNA`, …), `r` (double, signed), `tags` (string list), `plot` (file name)"));
        Assert.Empty(GraphModelPage.PropertyCell(""));
    }
}
