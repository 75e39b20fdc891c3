using System.Text;
using System.Xml.Linq;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Writers;

namespace GeneGraph.Tests.Writers;

/// <summary>A GraphML key of a declared property has the declared type; an undeclared one the type of its values.</summary>
public sealed class GraphMLKeyTypeTests
{
    private static (KnowledgeGraph Graph, GraphNode Lif, GraphNode Osm) TwoGenes()
    {
        var graph = new KnowledgeGraph();
        return (graph, graph.GetOrAddNode(NodeLabel.Gene, "LIF", out _), graph.GetOrAddNode(NodeLabel.Gene, "OSM", out _));
    }

    [Fact]
    public void A_declared_property_key_has_its_declared_type_and_an_undeclared_one_the_type_of_its_values()
    {
        var (graph, lif, osm) = TwoGenes();
        lif.Properties.Set(NodeProperties.NcbiGeneId, 3976L);
        lif.Properties.Set("score", 5L);
        osm.Properties.Set("score", 2.5);
        lif.Properties.Set("rank", 1L);
        var keys = XDocument.Parse(Encoding.UTF8.GetString(WriterTests.Bytes(new GraphMLWriter(), graph)))
            .Root!.Elements(GraphMLStructureTests.G + "key")
            .ToDictionary(k => k.Attribute("attr.name")!.Value, k => k.Attribute("attr.type")!.Value);
        Assert.Equal("long", keys["ncbiGeneId"]);
        Assert.Equal("string", keys["score"]); // a long and a double: one string column
        Assert.Equal("long", keys["rank"]);
    }

    [Fact]
    public void A_declared_property_holding_a_value_of_another_type_is_refused_by_GraphML()
    {
        var (graph, lif, osm) = TwoGenes();
        lif.Properties.Set(NodeProperties.NcbiGeneId, 3976L);
        osm.Properties.Set(NodeProperties.NcbiGeneId.Name, "6288");
        var error = Assert.Throws<GraphWriteException>(() => WriterTests.Bytes(new GraphMLWriter(), graph));
        Assert.Equal("Gene:OSM: 'ncbiGeneId' is declared Long but holds a String", error.Message);
    }
}
