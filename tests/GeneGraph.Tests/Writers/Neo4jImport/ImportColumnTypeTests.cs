using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Tests.Export;

/// <summary>A neo4j-import column of a declared property has the declared type, whatever its values are.</summary>
public sealed class ImportColumnTypeTests
{
    private static (KnowledgeGraph Graph, GraphNode Lif, GraphNode Osm) TwoGenes()
    {
        var graph = new KnowledgeGraph();
        return (graph, graph.GetOrAddNode(NodeLabel.Gene, "LIF", out _), graph.GetOrAddNode(NodeLabel.Gene, "OSM", out _));
    }

    [Fact]
    public void A_declared_property_has_its_declared_type_and_an_undeclared_one_the_type_of_its_values()
    {
        var (graph, lif, osm) = TwoGenes();
        lif.Properties.Set(NodeProperties.NcbiGeneId, 3976L);
        lif.Properties.Set("score", 5L);
        osm.Properties.Set("score", 2.5);
        var columns = Neo4jImportBundleWriter.NodeColumns(NodeLabel.Gene, graph.NodesWithLabel(NodeLabel.Gene));
        Assert.Equal(["ncbiGeneId:long", "score", "sources:string[]"], columns.Select(c => c.Header));
    }

    [Fact]
    public void A_declared_property_holding_a_value_of_another_type_is_refused()
    {
        var (graph, lif, osm) = TwoGenes();
        lif.Properties.Set(NodeProperties.NcbiGeneId, 3976L);
        osm.Properties.Set(NodeProperties.NcbiGeneId.Name, "6288");
        var error = Assert.Throws<Neo4jImportException>(() => Neo4jImportBundleWriter.NodeColumns(NodeLabel.Gene, graph.NodesWithLabel(NodeLabel.Gene)));
        Assert.Contains("'ncbiGeneId' is declared Long but holds a String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_property_type_has_an_import_type() =>
        Assert.Equal(
            ["", ":long", ":double", ":boolean", ":string[]"],
            Enum.GetValues<PropertyType>().Select(t => new ImportColumn("", t).Header));
}
