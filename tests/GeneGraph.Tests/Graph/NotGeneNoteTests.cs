using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using static GeneGraph.Tests.TestSupport.TestNotes;

namespace GeneGraph.Tests.Graph;

public class NotGeneNoteTests
{
    private const string IndexNote = "# Targets\n| Gene | Name |\n| --- | --- |\n| [[SPRY2]] | Sprouty |\n| [[LiteratureResearch/GeneDump/EGR1]] | x |\n| [[ECM1 ]] | y |\n";
    private const string ClaimNote = "Source: [[IRF4]]\n\nOverexpression led to aggravated cardiac hypertrophy. [[LIF|see LIF]]\n";
    private const string RScriptNote = "# Idea\nRun it.\n```bash\nif [[ -f x ]]; then Rscript visualize.r; fi\n![[X0.5_ENSG00000128342_chr22.1.2.png]]\n```\n";
    private const string DailyNote = "---\ntags: [daily]\n---\n# 2023-05-01\n- [ ] read about [[LIF#Info]]\n> [!note]\n> meeting\n";

    [Theory]
    [InlineData("Targets/PotentialHitsOfInterest.md", IndexNote)]
    [InlineData("Overexpression of IRF4 in a transgenic mouse model led to aggravated cardiac hypertrophy.md", ClaimNote)]
    [InlineData("AssociationAnalysis/CorrelationVisualization/visualize_top_correlations.r.md", RScriptNote)]
    [InlineData("Daily/2023-05-01.md", DailyNote)]
    public void Is_not_a_gene_note(string path, string text)
    {
        var (graph, facts, diagnostics) = Build((path, text));
        Assert.False(facts[0].IsGeneNote);
        Assert.Empty(graph.NodesWithLabel(NodeLabel.Gene));
        Assert.Equal(0, graph.NodeCount);
        Assert.Empty(diagnostics.Codes());
    }

    [Fact]
    public void Non_gene_notes_next_to_gene_notes_stay_non_gene_notes()
    {
        var (graph, facts, _) = Build(
            (GeneDump + "LIF.md", LifNote.Text),
            (GeneDump + "index.md", IndexNote),
            ("Daily/2023-05-01.md", DailyNote));
        Assert.Equal(["LIF"], graph.NodesWithLabel(NodeLabel.Gene).Select(n => n.Key));
        Assert.Equal([true, false, false], facts.Select(f => f.IsGeneNote));
    }

    [Fact]
    public void Stub_named_like_a_symbol_in_a_folder_of_gene_notes_is_a_gene_note()
    {
        var (graph, facts, _) = Build(
            (GeneDump + "LIF.md", LifNote.Text),
            (GeneDump + "EGR1.md", "# Plots\n## mPAP\n" + Plot("0.6", "ENSG00000120738", "chr5.1.2") + "\n"),
            (GeneDump + "ICAM4.md", "\n"));
        var stub = facts.Single(f => f.Path.EndsWith("ICAM4.md", StringComparison.Ordinal));
        Assert.True(stub.IsGeneNote);
        Assert.Equal("ICAM4", stub.Symbol?.Value);
        var gene = graph.FindNode(NodeLabel.Gene, "ICAM4")!;
        Assert.Equal(["curie", "symbol"], gene.Properties.Select(p => p.Key));
        Assert.Equal("genegraph.gene:ICAM4", gene.Properties[NodeProperties.Curie]);
    }

    [Fact]
    public void The_same_stub_in_a_folder_without_gene_notes_is_not()
    {
        var (graph, facts, _) = Build(("Ideas/ICAM4.md", "\n"), ("Ideas/Notes.md", "text\n"), (GeneDump + "LIF.md", LifNote.Text));
        Assert.False(facts.Single(f => f.Path == "Ideas/ICAM4.md").IsGeneNote);
        Assert.Null(graph.FindNode(NodeLabel.Gene, "ICAM4"));
    }

    [Fact]
    public void A_sentence_named_note_in_a_gene_folder_is_not_promoted()
    {
        var (_, facts, _) = Build(
            (GeneDump + "LIF.md", LifNote.Text),
            (GeneDump + "EGR1.md", "# Plots\n## mPAP\n" + Plot("0.6", "ENSG00000120738", "chr5.1.2") + "\n"),
            (GeneDump + "hypertrophy related in mice.md", "text\n"));
        Assert.False(facts.Single(f => f.Path.EndsWith("mice.md", StringComparison.Ordinal)).IsGeneNote);
    }
}
