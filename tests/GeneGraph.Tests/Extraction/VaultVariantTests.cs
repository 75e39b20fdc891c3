using GeneGraph.Diagnostics;
using GeneGraph.Schema;
using GeneGraph.Tests.TestSupport;
using static GeneGraph.Tests.TestSupport.TestNotes;

namespace GeneGraph.Tests.Extraction;

/// <summary>Every variant listed in note-format.md, "What the real vault shows".</summary>
public class VaultVariantTests
{
    private const string E = "ENSG00000128342";

    private static string Summaries(string symbol = "LIF", string geneCards = "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene.") =>
        $"### NCBI Gene Summary for {symbol} Gene\n\n[](https://www.ncbi.nlm.nih.gov/gene/3976)\n\n- Summary text.\n\n" +
        $"### GeneCards Summary for {symbol} Gene\n\n{geneCards}\n";

    [Fact]
    public void Trait_heading_with_nested_segments_stays_the_trait()
    {
        var text =
            "# Plots\n" +
            "## PA_sys\n" +
            "### segment 1\n" +
            Plot("0.5", E, "chr1.100.200") + "\n" +
            "### segment 2\n" +
            Plot("0.6", E, "chr1.300.400") + "\n" +
            "\n" +
            "## mPAP \n" +
            "### segment 1\n" +
            Plot("-0.4", E, "chr1.100.200") + "\n" +
            "### segment 2\n" +
            Plot("-0.3", E, "chr1.300.400") + "\n" +
            "\n" +
            "# Info\n" + Summaries();
        var (facts, diagnostics) = Extract(text);
        Assert.Empty(diagnostics);
        Assert.Equal(
            [("PA_sys", 2, "chr1:100-200", 0.5), ("PA_sys", 2, "chr1:300-400", 0.6), ("mPAP", 8, "chr1:100-200", -0.4), ("mPAP", 8, "chr1:300-400", -0.3)],
            facts.Plots.Select(p => (p.Trait.Value, p.Trait.Line, p.Name.Locus.Id, p.Name.R)));
    }

    [Fact]
    public void Copy_suffix_is_the_same_locus_node()
    {
        var text = "# Plots\n## sPAP\n![[X0.5_ENSG00000116857_chr1.201173354.201173403.png]]\n## mPAP\n![[X0.4_ENSG00000116857_chr1.201173354.201173403 1.png]]\n";
        var (graph, _, diagnostics) = Build((GeneDump + "NFIC.md", text));
        Assert.Empty(diagnostics.Codes());
        var locus = Assert.Single(graph.NodesWithLabel(NodeLabel.Locus));
        Assert.Equal("chr1:201173354-201173403", locus.Key);
        Assert.Equal(2, graph.EdgesOfType(RelationshipType.CorrelatesWith).Count());
        Assert.Single(graph.EdgesOfType(RelationshipType.HasLocus));
    }

    [Fact]
    public void Info_with_trailing_space_ends_plots_and_empty_heading_without_plots_is_harmless()
    {
        var text = "# Plots\n## sPAP\n" + Plot("0.5") + "\n## mPAP\n" + Plot("0.4") + "\n## \n##\n# Info \n" + Summaries();
        var (facts, diagnostics) = Extract(text);
        Assert.Empty(diagnostics);
        Assert.Equal(["sPAP", "mPAP"], facts.Plots.Select(p => p.Trait.Value));
        Assert.Equal("LIF", facts.Symbol?.Value);
        Assert.Equal(3976, facts.NcbiGeneId?.Value);
    }

    [Fact]
    public void Plot_under_an_empty_heading_is_GG106()
    {
        var (facts, diagnostics) = Extract("# Plots\n## \n" + Plot("0.5") + "\n");
        Assert.Empty(facts.Plots);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCode.EmptyTraitHeading, 3), (d.Code, d.Line));
    }

    [Fact]
    public void Consensus_level_three_after_summaries_with_link()
    {
        var text = "# Plots\n## sPAP\n" + Plot("0.5") + "\n# Info\n" + Summaries() +
                   "### Consensus\nA claim.(https://consensus.app/papers/some-slug-author/0123456789abcdef0123456789abcdef/?q=a+question)\n";
        var (facts, diagnostics) = Extract(text);
        Assert.Empty(diagnostics);
        var claim = Assert.Single(facts.Claims);
        Assert.Equal(("A claim.", "0123456789abcdef0123456789abcdef", "some-slug-author", "a question"), (claim.Claim, claim.PaperId, claim.Slug, claim.Question));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.StartsWith("A claim.", StringComparison.Ordinal)) + 1, claim.Line);
    }

    [Fact]
    public void Consensus_without_link_is_GG204_and_no_claim()
    {
        var text = "\n\n# Consensus\nstudies suggest that IFITM3 is connected to inflammation.\n";
        var (facts, diagnostics) = Extract(Summaries("IFITM3") + text, GeneDump + "IFITM3.md");
        Assert.Empty(facts.Claims);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCode.ConsensusWithoutLink, d.Code);
    }

    [Fact]
    public void Consensus_without_link_is_GG204_on_a_stub_promoted_to_a_gene_note_and_not_on_other_notes()
    {
        var text = "\n\n# Consensus\nstudies suggest that IFITM3 is connected to inflammation.\n";
        var (_, _, diagnostics) = Build(
            (GeneDump + "LIF.md", LifNote.Text), (GeneDump + "OSM.md", "# Plots\n## sPAP\n" + Plot("0.3", "ENSG00000099985") + "\n"),
            (GeneDump + "IFITM3.md", text), ("Thesis/Chapter one.md", text));
        var d = Assert.Single(diagnostics.WithCode(DiagnosticCode.ConsensusWithoutLink));
        Assert.Equal((GeneDump + "IFITM3.md", 4), (d.Path, d.Line));
    }

    [Fact]
    public void Consensus_with_a_doi_keys_the_paper_by_the_doi()
    {
        var text = "# Info\n### Consensus\nTMEM9 plays a role.\n*Wei, W. (2018). TMEM9. [https://doi.org/10.1016/j.intimp.2018.07.036](https://doi.org/10.1016/j.intimp.2018.07.036).*\n" + Summaries("TMEM9", "TMEM9 (Transmembrane Protein 9) is a Protein Coding gene.");
        var (graph, _, diagnostics) = Build((GeneDump + "TMEM9.md", text));
        Assert.Empty(diagnostics.Codes());
        var paper = Assert.Single(graph.NodesWithLabel(NodeLabel.Paper));
        Assert.Equal("https://doi.org/10.1016/j.intimp.2018.07.036", paper.Key);
        Assert.NotNull(graph.FindEdge(paper, RelationshipType.Mentions, graph.FindNode(NodeLabel.Gene, "TMEM9")!));
    }

    /// <summary>A level-1 <c># Consensus</c> before the <c>###</c> summaries does not own their paragraphs.</summary>
    [Fact]
    public void Consensus_at_level_one_before_the_summaries_reads_only_its_own_paragraphs()
    {
        var text = "# Consensus\nA claim.(https://consensus.app/papers/some-slug/0123456789abcdef0123456789abcdef/?q=q)\n\n" + Summaries(
            geneCards: "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene. Diseases associated with LIF include [Leukemia](http://www.malacards.org/card/leukemia).");
        var (graph, facts, diagnostics) = Build((GeneDump + "LIF.md", text));
        Assert.Equal(["0123456789abcdef0123456789abcdef"], facts[0].Claims.Select(c => c.PaperId ?? c.Url));
        Assert.Single(graph.NodesWithLabel(NodeLabel.Paper));
        Assert.Empty(diagnostics.Codes());
    }

    [Fact]
    public void Consensus_level_one_after_summaries()
    {
        var text = Summaries() + "# Consensus\nA claim.(https://consensus.app/papers/some-slug/0123456789abcdef0123456789abcdef/?q=q)\n";
        var (facts, diagnostics) = Extract(text);
        Assert.Empty(diagnostics);
        Assert.Equal("0123456789abcdef0123456789abcdef", Assert.Single(facts.Claims).PaperId);
        Assert.Equal(3976, facts.NcbiGeneId?.Value);
    }

    [Theory]
    [InlineData("An important paralog of this gene is [SPRY1](https://www.genecards.org/cgi-bin/carddisp.pl?gene=SPRY1).", "https://www.genecards.org/cgi-bin/carddisp.pl?gene=SPRY1")]
    [InlineData("An important paralog of this gene is SPRY1.", null)]
    public void Paralog_as_link_and_as_plain_text(string sentence, string? url)
    {
        var (graph, facts, diagnostics) = Build((GeneDump + "SPRY2.md", Summaries("SPRY2", "SPRY2 (Sprouty RTK Signaling Antagonist 2) is a Protein Coding gene. " + sentence)));
        Assert.Empty(diagnostics.Codes());
        var paralog = Assert.Single(facts[0].GeneCards!.Paralogs);
        Assert.Equal(("SPRY1", url), (paralog.Key, paralog.Url));
        var other = graph.FindNode(NodeLabel.Gene, "SPRY1")!;
        string[] keys = url is null ? ["curie", "symbol"] : ["curie", "symbol", "xrefs"];
        Assert.Equal(keys, other.Properties.Select(p => p.Key));
        Assert.Equal(url, (other.Properties[NodeProperties.Xrefs] as IReadOnlyList<string>)?.Single());
        Assert.NotNull(graph.FindEdge(graph.FindNode(NodeLabel.Gene, "SPRY2")!, RelationshipType.ParalogOf, other));
    }

    [Fact]
    public void Related_pathways_is_one_item()
    {
        var (facts, diagnostics) = Extract(Summaries(geneCards:
            "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene. Among its related pathways is [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling \"See\")."));
        Assert.Empty(diagnostics);
        Assert.Equal(["erk_signaling"], facts.GeneCards!.Pathways.Select(p => p.Key));
    }

    [Fact]
    public void Summary_without_diseases_or_pathways()
    {
        var (facts, diagnostics) = Extract(Summaries(geneCards:
            "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene. Gene Ontology (GO) annotations related to this gene include _cytokine activity_."));
        Assert.Empty(diagnostics);
        Assert.Empty(facts.GeneCards!.Diseases);
        Assert.Empty(facts.GeneCards.Pathways);
        Assert.Equal(["cytokine activity"], facts.GeneCards.GoTerms.Select(g => g.Key));
        Assert.Equal("Protein Coding", facts.GeneCards.Biotype);
    }

    [Fact]
    public void Rna_gene_has_biotype_rna_and_its_class()
    {
        var (graph, facts, _) = Build((GeneDump + "LINC00001.md", Summaries("LINC00001",
            "LINC00001 (Long Intergenic Non-Protein Coding RNA 1) is an RNA Gene, and is affiliated with the lncRNA class. Diseases associated with LINC00001 include [Leukemia](http://www.malacards.org/card/leukemia).")));
        var cards = facts[0].GeneCards!;
        Assert.Equal(("Long Intergenic Non-Protein Coding RNA 1", "RNA", "lncRNA"), (cards.FullName, cards.Biotype, cards.RnaClass));
        Assert.Equal(["leukemia"], cards.Diseases.Select(d => d.Key));
        var gene = graph.FindNode(NodeLabel.Gene, "LINC00001")!;
        Assert.Equal(("RNA", "lncRNA"), ((string)gene.Properties["biotype"]!, (string)gene.Properties["rnaClass"]!));
    }

    [Fact]
    public void Highlights_around_sentences_are_transparent()
    {
        var (facts, diagnostics) = Extract(Summaries(geneCards:
            "==LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene.== Diseases associated with LIF include ==[Leukemia](http://www.malacards.org/card/leukemia)== and [Myeloid Leukemia](http://www.malacards.org/card/myeloid_leukemia). ==Among its related pathways are [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling) and [MIF](https://pathcards.genecards.org/card/mif).== Gene Ontology (GO) annotations related to this gene include ==_growth factor activity_==."));
        Assert.Empty(diagnostics);
        var cards = facts.GeneCards!;
        Assert.Equal(("LIF Interleukin 6 Family Cytokine", "Protein Coding"), (cards.FullName, cards.Biotype));
        Assert.Equal(["leukemia", "myeloid_leukemia"], cards.Diseases.Select(d => d.Key));
        Assert.Equal(["erk_signaling", "mif"], cards.Pathways.Select(d => d.Key));
        Assert.Equal(["growth factor activity"], cards.GoTerms.Select(d => d.Key));
    }

    [Fact]
    public void PathCards_url_with_parentheses_keeps_them_in_the_slug()
    {
        var (facts, diagnostics) = Extract(Summaries(geneCards:
            "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene. Among its related pathways are [Lysine Degradation I (saccharopine Pathway)](https://pathcards.genecards.org/card/lysine_degradation_i_(saccharopine_pathway) \"See Lysine Degradation I (saccharopine Pathway) at Pathcards\") and [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling)."));
        Assert.Empty(diagnostics);
        var pathways = facts.GeneCards!.Pathways;
        Assert.Equal(["lysine_degradation_i_(saccharopine_pathway)", "erk_signaling"], pathways.Select(p => p.Key));
        Assert.Equal("Lysine Degradation I (saccharopine Pathway)", pathways[0].Name);
        Assert.Equal("https://pathcards.genecards.org/card/lysine_degradation_i_(saccharopine_pathway)", pathways[0].Url);
    }

    [Fact]
    public void Plot_outside_any_plots_section_is_GG104_and_no_edge()
    {
        var text = "# Analysis\n## Hits\n```\nchr16 75433103 75433142\n```\n\n![[X-0.554771183888575_ENSG00000153774_chr16.75433103.75433142.png]]\n";
        var (graph, facts, diagnostics) = Build(("AssociationAnalysis/GWAS/GWAS.md", text));
        Assert.Empty(facts[0].Plots);
        Assert.False(facts[0].IsGeneNote);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCode.PlotWithoutTrait, 7), (d.Code, d.Line));
        Assert.Equal(0, graph.EdgeCount);
        Assert.Equal(0, graph.NodeCount);
    }

    [Fact]
    public void Plot_directly_under_plots_heading_is_GG104()
    {
        var (facts, diagnostics) = Extract("# Plots\n" + Plot("0.5") + "\n## sPAP\n" + Plot("0.4") + "\n");
        Assert.Equal(["sPAP"], facts.Plots.Select(p => p.Trait.Value));
        Assert.Equal([(DiagnosticCode.PlotWithoutTrait, 2)], diagnostics.Select(d => (d.Code, d.Line)));
    }

    [Fact]
    public void GeneCards_text_without_links_lists_items()
    {
        var (facts, diagnostics) = Extract(Summaries(geneCards:
            "LIF (LIF Interleukin 6 Family Cytokine) is a Protein Coding gene. Diseases associated with LIF include Leukemia, Myeloid Leukemia and Pulmonary Hypertension. Among its related pathways is ERK Signaling."));
        Assert.Empty(diagnostics);
        var cards = facts.GeneCards!;
        Assert.Equal(["leukemia", "myeloid_leukemia", "pulmonary_hypertension"], cards.Diseases.Select(d => d.Key));
        Assert.Equal(["Leukemia", "Myeloid Leukemia", "Pulmonary Hypertension"], cards.Diseases.Select(d => d.Name));
        Assert.All(cards.Diseases, d => Assert.Null(d.Url));
        Assert.Equal(["erk_signaling"], cards.Pathways.Select(d => d.Key));
    }

    [Fact]
    public void Plot_heading_singular()
    {
        var (facts, diagnostics) = Extract("# Plot\n## sPAP\n" + Plot("0.5") + "\n# Info\n" + Summaries());
        Assert.Empty(diagnostics);
        Assert.Equal(["sPAP"], facts.Plots.Select(p => p.Trait.Value));
    }

    [Fact]
    public void Trait_heading_at_the_level_of_plots_and_a_deeper_trait_after_it()
    {
        var text = "# Plots\n# sPAP\n" + Plot("0.5") + "\n## mPAP\n" + Plot("0.4") + "\n# Info\n" + Summaries();
        var (facts, diagnostics) = Extract(text);
        Assert.Empty(diagnostics);
        Assert.Equal([("sPAP", 2, 0.5), ("mPAP", 4, 0.4)], facts.Plots.Select(p => (p.Trait.Value, p.Trait.Line, p.Name.R)));
    }

    [Fact]
    public void Trait_heading_after_the_plots_at_plots_level_and_info_ends_it()
    {
        var text = "# Plots\n## mPAP\n" + Plot("0.58") + "\n## RVEDD\n" + Plot("0.66") + "\n\n# BNP\n" + Plot("0.62") + "\n# Info\n" + Summaries() +
                   "## Later\n" + Plot("0.1") + "\n";
        var (facts, diagnostics) = Extract(text);
        Assert.Equal([("mPAP", 0.58), ("RVEDD", 0.66), ("BNP", 0.62)], facts.Plots.Select(p => (p.Trait.Value, p.Name.R)));
        Assert.Equal([DiagnosticCode.PlotWithoutTrait], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Symbol_mismatch_with_file_name_is_GG201_and_the_heading_wins()
    {
        var text = Summaries("MCF2", "MCF2 (MCF.2 Cell Line Derived Transforming Sequence) is a Protein Coding gene.");
        var (facts, diagnostics) = Extract(text, GeneDump + "MCF2L.md");
        Assert.Equal("MCF2", facts.Symbol?.Value);
        Assert.Equal(1, facts.Symbol?.Line);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCode.SymbolMismatch, 1), (d.Code, d.Line));
    }

    [Fact]
    public void Two_headings_naming_different_genes_is_GG201()
    {
        var text = "### NCBI Gene Summary for LIF Gene\n\n[](https://www.ncbi.nlm.nih.gov/gene/3976)\n\n### GeneCards Summary for OSM Gene\n\nOSM (Oncostatin M) is a Protein Coding gene.\n";
        var (facts, diagnostics) = Extract(text);
        Assert.Equal("LIF", facts.Symbol?.Value);
        Assert.Equal([(DiagnosticCode.SymbolMismatch, 5)], diagnostics.Select(d => (d.Code, d.Line)));
    }

    [Fact]
    public void Symbol_from_the_file_name_when_there_is_no_summary_heading()
    {
        var (facts, diagnostics) = Extract("# Plots\n## sPAP\n" + Plot("0.5") + "\n", GeneDump + "lif.md");
        Assert.Empty(diagnostics);
        Assert.Equal("LIF", facts.Symbol?.Value);
        Assert.Equal(0, facts.Symbol?.Line);
    }

    [Fact]
    public void Ncbi_summary_without_gene_link_is_GG202()
    {
        var (facts, diagnostics) = Extract("### NCBI Gene Summary for LIF Gene\n\n- Text only.\n");
        Assert.Null(facts.NcbiGeneId);
        Assert.Equal("Text only.", facts.NcbiSummary?.Value);
        Assert.Equal([(DiagnosticCode.MissingNcbiGeneId, 1)], diagnostics.Select(d => (d.Code, d.Line)));
    }
}
