using GeneGraph.Diagnostics;
using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Pipeline;

namespace GeneGraph.Tests.Graph;

public sealed class GraphBuilderTests
{
    private static (KnowledgeGraph Graph, IReadOnlyList<Diagnostic> Diagnostics) Build(params (string Path, string Text)[] notes)
    {
        var diagnostics = new DiagnosticBag();
        var facts = notes.Select(n => VaultGraph.ExtractNote(n.Path, n.Text, diagnostics)).ToList();
        NoteExtractor.PromoteStubs(facts);
        return (new GraphBuilder(diagnostics).Build(facts), diagnostics.Sorted());
    }

    private const string A = """
        # Plots
        ## sPAP
        ![[X0.5_ENSG00000128342_chr22.1.2.png]]
        ### GeneCards Summary for LIF Gene
        LIF (LIF Cytokine) is a Protein Coding gene. Among its related pathways are [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling).
        """;

    private const string B = """
        # Plots
        ## sPAP
        ![[X0.7_ENSG00000128342_chr22.1.2.png]]
        ![[X0.3_ENSG00000136158_chr13.5.6.png]]
        ![[X0.3_ENSG00000136158_chr13.5.6.png]]
        ![[X0.3_ENSG00000136158_chr13.5.6.png]]
        ### GeneCards Summary for SPRY2 Gene
        SPRY2 (Sprouty 2) is a Protein Coding gene. Among its related pathways is ERK Signaling.
        """;

    [Fact]
    public void SharedEntitiesMeetInOneNodeWithEverySource()
    {
        var (graph, _) = Build(("Genes/LIF.md", A), ("Genes/SPRY2.md", B));

        var erk = graph.FindNode(NodeLabel.Pathway, "erk_signaling")!;
        Assert.Equal(["Genes/LIF.md:5", "Genes/SPRY2.md:8"], erk.Sources.Select(s => s.ToString()));
        Assert.Equal("https://pathcards.genecards.org/card/erk_signaling", erk.Properties["url"]);
        Assert.Single(graph.NodesWithLabel(NodeLabel.Trait));
    }

    [Fact]
    public void ADifferentWeightForTheSameEdgeIsDiagnosedAndTheFirstWins()
    {
        var (graph, diagnostics) = Build(("Genes/SPRY2.md", B), ("Genes/LIF.md", A));

        var edge = graph.FindEdge(graph.FindNode(NodeLabel.Locus, "chr22:1-2")!, RelationshipType.CorrelatesWith, graph.FindNode(NodeLabel.Trait, "sPAP")!)!;
        Assert.Equal(0.5, edge.Properties["r"]); // Genes/LIF.md comes first in path order
        Assert.Equal(2, edge.Sources.Count);
        var conflict = Assert.Single(diagnostics, d => d.Code.Id == "GG301");
        Assert.Equal(("Genes/SPRY2.md", 3), (conflict.Path, conflict.Line));
    }

    [Fact]
    public void APlotOfAnotherNotesGeneIsLinkedToThatGene()
    {
        var (graph, diagnostics) = Build(("Genes/LIF.md", A), ("Genes/SPRY2.md", B));

        // SPRY2's note is mostly about ENSG00000136158; its ENSG00000128342 plot belongs to LIF.
        Assert.Equal("ENSG00000136158", graph.FindNode(NodeLabel.Gene, "SPRY2")!.Properties["ensemblId"]);
        var hasLocus = Assert.Single(graph.InEdges(graph.FindNode(NodeLabel.Locus, "chr22:1-2")!));
        Assert.Equal("Gene:LIF", hasLocus.Source.Uid);
        Assert.Contains(diagnostics, d => d.Code.Id == "GG105" && d.Path == "Genes/SPRY2.md");
    }

    [Fact]
    public void AConflictingNodePropertyIsDiagnosedAndTheFirstWins()
    {
        var (graph, diagnostics) = Build(
            ("a/LIF.md", "### NCBI Gene Summary for LIF Gene\n[](https://www.ncbi.nlm.nih.gov/gene/3976)\n"),
            ("b/LIF.md", "### NCBI Gene Summary for LIF Gene\n[](https://www.ncbi.nlm.nih.gov/gene/9999)\n"));

        Assert.Equal(3976L, graph.FindNode(NodeLabel.Gene, "LIF")!.Properties["ncbiGeneId"]);
        var conflict = Assert.Single(diagnostics, d => d.Code.Id == "GG302");
        Assert.Equal(("b/LIF.md", 2), (conflict.Path, conflict.Line));
    }

    [Fact]
    public void BuildingTwiceGivesTheSameOrder()
    {
        var first = Build(("Genes/LIF.md", A), ("Genes/SPRY2.md", B)).Graph;
        var second = Build(("Genes/SPRY2.md", B), ("Genes/LIF.md", A)).Graph;

        Assert.Equal(first.Nodes.Select(n => n.Uid), second.Nodes.Select(n => n.Uid));
        Assert.Equal(first.Edges.Select(e => e.Uid), second.Edges.Select(e => e.Uid));
    }
}
