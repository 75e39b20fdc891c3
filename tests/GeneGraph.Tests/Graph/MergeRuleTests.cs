using GeneGraph.Diagnostics;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using static GeneGraph.Tests.TestSupport.TestNotes;

namespace GeneGraph.Tests.Graph;

public class MergeRuleTests
{
    private static string Note(string symbol, string plots, string geneCards) =>
        plots + $"# Info\n### GeneCards Summary for {symbol} Gene\n\n{symbol} ({symbol} Full) is a Protein Coding gene. {geneCards}\n";

    [Fact]
    public void Shared_disease_pathway_and_trait_meet_in_one_node_with_both_sources()
    {
        const string cards = "Diseases associated with X include [Leukemia](http://www.malacards.org/card/leukemia). Among its related pathways is [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling).";
        var (graph, _, diagnostics) = Build(
            (GeneDump + "AAA.md", Note("AAA", "# Plots\n## sPAP\n" + Plot("0.5", "ENSG00000000001", "chr1.1.2") + "\n", cards)),
            (GeneDump + "BBB.md", Note("BBB", "# Plots\n## sPAP \n" + Plot("0.6", "ENSG00000000002", "chr2.1.2") + "\n", cards)));
        Assert.Empty(diagnostics.Codes());
        foreach (var (label, key) in new[] { (NodeLabel.Disease, "leukemia"), (NodeLabel.Pathway, "erk_signaling"), (NodeLabel.Trait, "sPAP") })
        {
            var node = Assert.Single(graph.NodesWithLabel(label));
            Assert.Equal(key, node.Key);
            Assert.Equal([GeneDump + "AAA.md", GeneDump + "BBB.md"], node.Sources.Select(s => s.Path).Distinct());
        }
        Assert.Equal(2, graph.EdgesOfType(RelationshipType.InPathway).Count());
        Assert.Equal(2, graph.InEdges(graph.FindNode(NodeLabel.Trait, "sPAP")!).Count());
    }

    [Fact]
    public void Same_locus_trait_edge_with_different_r_is_GG301_and_the_first_in_path_order_wins()
    {
        var plot = (string r) => "# Plots\n## sPAP\n" + Plot(r, "ENSG00000128342", "chr22.1.2") + "\n";
        // Given in reverse order: path order, not argument order, decides.
        var (graph, _, diagnostics) = Build(
            (GeneDump + "b/LIF.md", plot("0.2")),
            (GeneDump + "a/LIF.md", plot("0.1")));
        var edge = Assert.Single(graph.EdgesOfType(RelationshipType.CorrelatesWith));
        Assert.Equal(0.1, edge.Properties["r"]);
        Assert.Equal([GeneDump + "a/LIF.md", GeneDump + "b/LIF.md"], edge.Sources.Select(s => s.Path));
        var d = Assert.Single(diagnostics.WithCode(DiagnosticCode.ConflictingEdgeWeight));
        Assert.Equal((GeneDump + "b/LIF.md", 3), (d.Path, d.Line));
    }

    [Fact]
    public void Same_edge_with_the_same_r_is_no_diagnostic()
    {
        var text = "# Plots\n## sPAP\n" + Plot("0.1", "ENSG00000128342", "chr22.1.2") + "\n";
        var (graph, _, diagnostics) = Build((GeneDump + "a/LIF.md", text), (GeneDump + "b/LIF.md", text));
        Assert.Empty(diagnostics.Codes());
        Assert.Equal(2, Assert.Single(graph.EdgesOfType(RelationshipType.CorrelatesWith)).Sources.Count);
    }

    [Fact]
    public void Conflicting_node_property_is_GG302_and_the_first_wins()
    {
        var note = (string id) => $"### NCBI Gene Summary for LIF Gene\n\n[](https://www.ncbi.nlm.nih.gov/gene/{id})\n";
        var (graph, _, diagnostics) = Build((GeneDump + "z/LIF.md", note("9999")), (GeneDump + "a/LIF.md", note("3976")));
        Assert.Equal(3976L, graph.FindNode(NodeLabel.Gene, "LIF")!.Properties["ncbiGeneId"]);
        var d = Assert.Single(diagnostics.WithCode(DiagnosticCode.ConflictingProperty));
        Assert.Equal((GeneDump + "z/LIF.md", 3), (d.Path, d.Line));
    }

    [Fact]
    public void Plot_naming_another_notes_gene_is_linked_to_that_gene_with_GG105()
    {
        var (graph, _, diagnostics) = Build(
            (GeneDump + "LIF.md", "# Plots\n## sPAP\n" + Plot("0.5", "ENSG00000128342", "chr22.1.2") + "\n" + Plot("0.3", "ENSG00000120738", "chr5.10.20") + "\n## mPAP\n" + Plot("0.4", "ENSG00000128342", "chr22.1.2") + "\n"),
            (GeneDump + "EGR1.md", "# Plots\n## mPAP\n" + Plot("0.6", "ENSG00000120738", "chr5.138466759.138466998") + "\n"));
        var egr1 = graph.FindNode(NodeLabel.Gene, "EGR1")!;
        var lif = graph.FindNode(NodeLabel.Gene, "LIF")!;
        Assert.Equal("ENSG00000120738", egr1.Properties["ensemblId"]);
        Assert.Equal("ENSG00000128342", lif.Properties["ensemblId"]);
        var locus = graph.FindNode(NodeLabel.Locus, "chr5:10-20")!;
        Assert.NotNull(graph.FindEdge(egr1, RelationshipType.HasLocus, locus));
        Assert.Null(graph.FindEdge(lif, RelationshipType.HasLocus, locus));
        Assert.Equal("EGR1", graph.FindEdge(locus, RelationshipType.CorrelatesWith, graph.FindNode(NodeLabel.Trait, "sPAP")!)!.Properties["gene"]);
        var d = Assert.Single(diagnostics.WithCode(DiagnosticCode.PlotGeneMismatch));
        Assert.Equal((GeneDump + "LIF.md", 4), (d.Path, d.Line));
        Assert.Equal(2, graph.NodesWithLabel(NodeLabel.Gene).Count());
    }

    [Fact]
    public void Plot_naming_an_undeclared_gene_gets_a_gene_keyed_by_ensembl()
    {
        var (graph, _, diagnostics) = Build(
            (GeneDump + "LIF.md", "# Plots\n## sPAP\n" + Plot("0.5", "ENSG00000128342", "chr22.1.2") + "\n" + Plot("0.5", "ENSG00000128342", "chr22.3.4") + "\n" + Plot("0.3", "ENSG00000099999", "chr5.10.20") + "\n"));
        var other = graph.FindNode(NodeLabel.Gene, "ENSG00000099999")!;
        Assert.Equal("ENSG00000099999", other.Properties["ensemblId"]);
        Assert.Single(diagnostics.WithCode(DiagnosticCode.PlotGeneMismatch));
    }

    [Fact]
    public void Building_twice_gives_the_same_node_and_edge_order()
    {
        (string, string)[] notes =
        [
            (GeneDump + "LIF.md", LifNote.Text),
            (GeneDump + "EGR1.md", Note("EGR1", "# Plots\n## mPAP\n" + Plot("0.6", "ENSG00000120738", "chr5.1.2") + "\n## BNP\n" + Plot("-0.2", "ENSG00000120738", "chr5.1.2") + "\n",
                "Diseases associated with EGR1 include [Leukemia](http://www.malacards.org/card/leukemia). Among its related pathways is [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling).")),
        ];
        var first = Build(notes);
        var second = Build([.. notes.Reverse()]);
        Assert.Equal(first.Graph.Nodes.Select(n => n.Uid), second.Graph.Nodes.Select(n => n.Uid));
        Assert.Equal(first.Graph.Edges.Select(e => e.Uid), second.Graph.Edges.Select(e => e.Uid));
        Assert.Equal(first.Graph.Nodes.Select(n => string.Join(";", n.Sources)), second.Graph.Nodes.Select(n => string.Join(";", n.Sources)));
        Assert.Equal(first.Graph.Edges.Select(e => string.Join(";", e.Properties.Select(p => $"{p.Key}={p.Value}"))),
                     second.Graph.Edges.Select(e => string.Join(";", e.Properties.Select(p => $"{p.Key}={p.Value}"))));
        var uids = first.Graph.Nodes.Select(n => n.Uid).ToList();
        Assert.Equal(uids.Count, uids.Distinct().Count());
    }
}
