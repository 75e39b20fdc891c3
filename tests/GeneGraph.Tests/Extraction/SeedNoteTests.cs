using GeneGraph.Extraction;
using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Extraction;

/// <summary>The user's example note (gene LIF): the in-test copy, and the seed file itself when ../shared is there.</summary>
public class SeedNoteTests
{
    private const string Path = TestNotes.GeneDump + "LIF.md";

    public static TheoryData<string> Sources() => ["literal", "seed"];

    private static string TextOf(string source)
    {
        if (source == "literal") return LifNote.Text;
        return File.ReadAllText(RepoPaths.Require("seed", "000_739e7c726a808ddf.txt"));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Two_plots_with_exact_r_locus_and_lines(string source)
    {
        var (facts, diagnostics) = TestNotes.Extract(TextOf(source), Path);
        Assert.Empty(diagnostics);
        Assert.Equal(2, facts.Plots.Count);
        var (sPap, mPap) = (facts.Plots[0], facts.Plots[1]);
        Assert.Equal(("sPAP", 2, 3), (sPap.Trait.Value, sPap.Trait.Line, sPap.Line));
        Assert.Equal(("mPAP", 5, 6), (mPap.Trait.Value, mPap.Trait.Line, mPap.Line));
        Assert.Equal(double.Parse("0.567330246986036", System.Globalization.CultureInfo.InvariantCulture), sPap.Name.R);
        Assert.Equal(double.Parse("0.418860153131241", System.Globalization.CultureInfo.InvariantCulture), mPap.Name.R);
        Assert.All(facts.Plots, p =>
        {
            Assert.Equal("ENSG00000128342", p.Name.EnsemblId);
            Assert.Equal("chr22:30247659-30247698", p.Name.Locus.Id);
        });
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Symbol_and_ncbi(string source)
    {
        var (facts, _) = TestNotes.Extract(TextOf(source), Path);
        Assert.True(facts.IsGeneNote);
        Assert.Equal("LIF", facts.Symbol?.Value);
        Assert.Equal(12, facts.Symbol?.Line);
        Assert.Equal(3976, facts.NcbiGeneId?.Value);
        Assert.Equal(14, facts.NcbiGeneId?.Line);
        Assert.NotNull(facts.NcbiSummary);
        Assert.StartsWith("The protein encoded by this gene is a pleiotropic cytokine with roles in several different systems.", facts.NcbiSummary?.Value);
        Assert.EndsWith("[provided by RefSeq, Mar 2012]", facts.NcbiSummary?.Value);
        Assert.DoesNotContain("ncbi.nlm.nih.gov", facts.NcbiSummary?.Value);
        Assert.Equal(16, facts.NcbiSummary?.Line);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void GeneCards_summary(string source)
    {
        var (facts, _) = TestNotes.Extract(TextOf(source), Path);
        var cards = Assert.IsType<GeneCardsFacts>(facts.GeneCards);
        Assert.Equal(21, cards.Line);
        Assert.Equal("LIF Interleukin 6 Family Cytokine", cards.FullName);
        Assert.Equal("Protein Coding", cards.Biotype);
        Assert.Null(cards.RnaClass);
        Assert.Equal(["leukemia", "myeloid_leukemia"], cards.Diseases.Select(d => d.Key));
        Assert.Equal(["Leukemia", "Myeloid Leukemia"], cards.Diseases.Select(d => d.Name));
        Assert.Equal("http://www.malacards.org/card/myeloid_leukemia", cards.Diseases[1].Url);
        Assert.Equal(["mif_mediated_glucocorticoid_regulation", "erk_signaling"], cards.Pathways.Select(d => d.Key));
        Assert.Equal(["MIF Mediated Glucocorticoid Regulation", "ERK Signaling"], cards.Pathways.Select(d => d.Name));
        Assert.Equal(["signaling receptor binding", "growth factor activity"], cards.GoTerms.Select(d => d.Name));
        Assert.Equal(["signaling receptor binding", "growth factor activity"], cards.GoTerms.Select(d => d.Key));
        Assert.Empty(cards.Paralogs);
        Assert.All(cards.Diseases.Concat(cards.Pathways).Concat(cards.GoTerms), i => Assert.Equal(21, i.Line));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Consensus_claim(string source)
    {
        var (facts, _) = TestNotes.Extract(TextOf(source), Path);
        var claim = Assert.Single(facts.Claims);
        Assert.Equal(LifNote.PaperId, claim.PaperId);
        Assert.Equal("factor-signaling-hypertension-pullamsetti", claim.Slug);
        Assert.Equal("connection between LIF and pulmanory hypertension", claim.Question);
        Assert.StartsWith("https://consensus.app/papers/factor-signaling-hypertension-pullamsetti/d6b431bf8353544c85889eef0e7c91cf/", claim.Url);
        Assert.StartsWith("LIF signaling plays a fundamental and pivotal role in the pathogenesis of pulmonary hypertension", claim.Claim);
        Assert.EndsWith(".", claim.Claim);
        Assert.DoesNotContain("consensus.app", claim.Claim);
        Assert.DoesNotContain("(", claim.Claim);
        Assert.Equal(10, claim.Line);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Graph_of_the_seed_note(string source)
    {
        var (graph, _, diagnostics) = TestNotes.Build((Path, TextOf(source)));
        Assert.Empty(diagnostics);
        var gene = graph.FindNode(NodeLabel.Gene, "LIF")!;
        Assert.NotNull(gene);
        Assert.Equal("LIF", gene.Properties["symbol"]);
        Assert.Equal("ENSG00000128342", gene.Properties["ensemblId"]);
        Assert.Equal(3976L, gene.Properties["ncbiGeneId"]);
        Assert.Equal("LIF Interleukin 6 Family Cytokine", gene.Properties["fullName"]);
        Assert.Equal("Protein Coding", gene.Properties["biotype"]);

        var locus = graph.FindNode(NodeLabel.Locus, "chr22:30247659-30247698")!;
        Assert.Equal(("chr22", 30247659L, 30247698L), ((string)locus.Properties["chrom"]!, (long)locus.Properties["start"]!, (long)locus.Properties["end"]!));
        Assert.NotNull(graph.FindEdge(gene, RelationshipType.HasLocus, locus));
        var sPap = graph.FindEdge(locus, RelationshipType.CorrelatesWith, graph.FindNode(NodeLabel.Trait, "sPAP")!)!;
        var mPap = graph.FindEdge(locus, RelationshipType.CorrelatesWith, graph.FindNode(NodeLabel.Trait, "mPAP")!)!;
        Assert.Equal(0.567330246986036, sPap.Properties["r"]);
        Assert.Equal(0.567330246986036, sPap.Properties["absR"]);
        Assert.Equal("LIF", sPap.Properties["gene"]);
        Assert.Equal("X0.567330246986036_ENSG00000128342_chr22.30247659.30247698.png", sPap.Properties["plot"]);
        Assert.Equal(0.418860153131241, mPap.Properties["r"]);
        Assert.Equal([new SourceRef(Path, 6)], mPap.Sources);

        foreach (var slug in new[] { "leukemia", "myeloid_leukemia" })
            Assert.Equal("GeneCards", graph.FindEdge(gene, RelationshipType.AssociatedWith, graph.FindNode(NodeLabel.Disease, slug)!)!.Properties["source"]);
        foreach (var slug in new[] { "mif_mediated_glucocorticoid_regulation", "erk_signaling" })
            Assert.NotNull(graph.FindEdge(gene, RelationshipType.InPathway, graph.FindNode(NodeLabel.Pathway, slug)!));
        foreach (var term in new[] { "signaling receptor binding", "growth factor activity" })
            Assert.NotNull(graph.FindEdge(gene, RelationshipType.HasGoAnnotation, graph.FindNode(NodeLabel.GoTerm, term)!));
        Assert.Equal("https://pathcards.genecards.org/card/erk_signaling", graph.FindNode(NodeLabel.Pathway, "erk_signaling")!.Properties["url"]);
        Assert.Equal("ERK Signaling", graph.FindNode(NodeLabel.Pathway, "erk_signaling")!.Properties["name"]);

        var paper = graph.FindNode(NodeLabel.Paper, LifNote.PaperId)!;
        Assert.Equal("factor-signaling-hypertension-pullamsetti", paper.Properties["slug"]);
        Assert.Equal("connection between LIF and pulmanory hypertension", paper.Properties["question"]);
        var mentions = graph.FindEdge(paper, RelationshipType.Mentions, gene)!;
        Assert.StartsWith("LIF signaling plays", (string)mentions.Properties["claim"]!);
        Assert.Equal([new SourceRef(Path, 10)], mentions.Sources);

        var counts = graph.CountNodesByLabel();
        Assert.Equal((1, 1, 2, 2, 2, 1, 2),
            (counts[NodeLabel.Gene], counts[NodeLabel.Locus], counts[NodeLabel.Trait], counts[NodeLabel.Pathway],
             counts[NodeLabel.Disease], counts[NodeLabel.Paper], counts[NodeLabel.GoTerm]));
        Assert.Equal(1 + 2 + 2 + 2 + 2 + 1, graph.EdgeCount);
    }
}
