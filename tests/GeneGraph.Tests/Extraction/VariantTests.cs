using GeneGraph.Extraction;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Extraction;

/// <summary>The variants of ../shared/docs/note-format.md, one note each.</summary>
public sealed class VariantTests
{
    [Fact]
    public void Segments_under_a_trait_are_loci_of_that_trait()
    {
        var (facts, _) = TestNotes.Extract("""
            # Plots
            ## PA_sys
            ### segment 1
            ![[X0.38_ENSG00000116857_chr1.201173354.201173403 1.png]]
            ### segment 2
            ![[X-0.61_ENSG00000116857_chr1.201171504.201171573.png]]

            ## mPAP 
            ### segment 1
            ![[X0.46_ENSG00000116857_chr1.201173354.201173403.png]]
            # Info 
            """);

        Assert.Equal(["PA_sys", "PA_sys", "mPAP"], facts.Plots.Select(p => p.Trait.Value));
        Assert.Equal("chr1:201173354-201173403", facts.Plots[0].Name.Locus.Id);
        Assert.Equal(-0.61, facts.Plots[1].Name.R);
    }

    [Fact]
    public void Traits_written_at_the_plots_level_still_count()
    {
        var (facts, diagnostics) = TestNotes.Extract("""
            # Plots
            # sPAP
            ![[X0.55_ENSG00000113356_chr5.90473458.90473547.png]]
            ## mPAP
            ![[X0.45_ENSG00000113356_chr5.90473458.90473547.png]]

            # BNP
            ![[X0.62_ENSG00000113356_chr5.90473458.90473547.png]]
            # Info
            ![[X0.1_ENSG00000113356_chr5.1.2.png]]
            """);

        Assert.Equal(["sPAP", "mPAP", "BNP"], facts.Plots.Select(p => p.Trait.Value));
        var outside = Assert.Single(diagnostics);
        Assert.Equal(("GG104", 10), (outside.Code.Id, outside.Line));
    }

    [Fact]
    public void Embed_forms_and_markdown_images_are_read()
    {
        var (facts, _) = TestNotes.Extract("""
            # Plot
            ## sPAP
            ![[X0.1_ENSG00000128342_chr22.1.2.png|400]]
            ![[attachments/plots/X0.2_ENSG00000128342_chr22.3.4.png]]
            ![a plot](X0.3_ENSG00000128342_chr22.5.6.png)
            ![typed](<-0.4_ENSG00000128342_chr22:7-8.png>)
            """);

        Assert.Equal([0.1, 0.2, 0.3, -0.4], facts.Plots.Select(p => p.Name.R));
        Assert.Equal([3, 4, 5, 6], facts.Plots.Select(p => p.Line));
    }

    [Fact]
    public void Nothing_inside_code_counts()
    {
        var (facts, diagnostics) = TestNotes.Extract("""
            # Plots
            ## sPAP
            ```bash
            ![[X0.1_ENSG00000128342_chr22.1.2.png]]
            [[not a link]]
            ```
            `![[X0.2_ENSG00000128342_chr22.1.2.png]]`
            """);

        Assert.Empty(facts.Plots);
        Assert.Empty(diagnostics);
        Assert.False(facts.HasGeneEvidence);
    }

    [Fact]
    public void Empty_trait_heading_and_bad_names_are_diagnosed_and_the_rest_is_read()
    {
        var (facts, diagnostics) = TestNotes.Extract("""
            # Plots
            ## mPAP
            ![[X1.7_ENSG00000128342_chr22.1.2.png]]
            ![[X0.5_ENSG00000128342_chr22.9.2.png]]
            ![[X0.5_ENSGbad_chr22.1.2.png]]
            ![[X0.5_ENSG00000128342_chr22.1.2.png]]
            ## 
            ![[X0.6_ENSG00000128342_chr22.1.2.png]]
            """);

        Assert.Single(facts.Plots);
        Assert.Equal(["GG102", "GG103", "GG101", "GG106"], diagnostics.Select(d => d.Code.Id));
        Assert.Equal([3, 4, 5, 8], diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void Front_matter_callouts_CRLF_and_wikilinks_do_not_disturb()
    {
        var text = "---\r\naliases: [x]\r\n---\r\n# Plots\r\n## sPAP\r\n> [!note] A callout with [[LIF|alias]] and [[LIF#Info]]\r\n![[X0.5_ENSG00000128342_chr22.1.2.png]]\r\n";
        var (facts, diagnostics) = TestNotes.Extract(text, "Genes/LIF.md");

        Assert.Empty(diagnostics);
        var plot = Assert.Single(facts.Plots);
        Assert.Equal(("sPAP", 7), (plot.Trait.Value, plot.Line));
        Assert.Equal("LIF", facts.Symbol?.Value);
    }

    [Fact]
    public void Unlinked_GeneCards_lists_highlights_and_one_item_pathways()
    {
        var cards = TestNotes.Extract("""
            ### GeneCards Summary for EDN1 Gene

            EDN1 (Endothelin 1) is a Protein Coding gene. ==Diseases associated with EDN1 include Pulmonary Arterial Hypertension, Question Mark Ears and Hypertension.== Among its related pathways is ERK Signaling. Gene Ontology (GO) annotations related to this gene include _hormone activity_. An important paralog of this gene is EDN2.
            """).Facts.GeneCards!;

        Assert.Equal(["pulmonary_arterial_hypertension", "question_mark_ears", "hypertension"], cards.Diseases.Select(d => d.Key));
        Assert.Equal(["erk_signaling"], cards.Pathways.Select(p => p.Key));
        Assert.Equal(["hormone activity"], cards.GoTerms.Select(g => g.Key));
        Assert.Equal(["EDN2"], cards.Paralogs.Select(p => p.Key));
    }

    [Fact]
    public void RNA_genes_paralog_links_and_parenthesised_PathCards_urls()
    {
        var cards = TestNotes.Extract("""
            ### GeneCards Summary for MALAT1 Gene
            MALAT1 (Metastasis Associated Lung Adenocarcinoma Transcript 1) is an RNA Gene, and is affiliated with the lncRNA class. Among its related pathways are [Class A/1 (Rhodopsin-like receptors)](https://pathcards.genecards.org/card/class_a_1_(rhodopsin-like_receptors) "See it") and [ERK Signaling](https://pathcards.genecards.org/card/erk_signaling). An important paralog of this gene is [SPRY1](https://www.genecards.org/cgi-bin/carddisp.pl?gene=SPRY1).
            """).Facts.GeneCards!;

        Assert.Equal(("RNA", "lncRNA"), (cards.Biotype, cards.RnaClass));
        Assert.Equal("Metastasis Associated Lung Adenocarcinoma Transcript 1", cards.FullName);
        Assert.Equal(["class_a_1_(rhodopsin-like_receptors)", "erk_signaling"], cards.Pathways.Select(p => p.Key));
        Assert.Equal(["SPRY1"], cards.Paralogs.Select(p => p.Key));
        Assert.Empty(cards.Diseases);
    }

    [Fact]
    public void Consensus_at_any_level_with_or_without_link()
    {
        var (facts, diagnostics) = TestNotes.Extract("""
            # Consensus
            A claim without a link.

            ### NCBI Gene Summary for TMEM9 Gene
            [](https://www.ncbi.nlm.nih.gov/gene/252839)
            - Involved in intracellular pH reduction.
            ### Consensus
            TMEM9 plays a role. [https://doi.org/10.1016/j.intimp.2018.07.036](https://doi.org/10.1016/j.intimp.2018.07.036)
            """, "Genes/TMEM9.md");

        Assert.Equal("GG204", Assert.Single(diagnostics).Code.Id);
        var claim = Assert.Single(facts.Claims);
        Assert.Null(claim.PaperId);
        Assert.Equal("https://doi.org/10.1016/j.intimp.2018.07.036", claim.Url);
        Assert.Equal("TMEM9 plays a role.", claim.Claim);
        Assert.Equal(252839, facts.NcbiGeneId?.Value);
        Assert.Equal("Involved in intracellular pH reduction.", facts.NcbiSummary?.Value);
    }

    [Fact]
    public void A_claim_that_cites_its_reference_names_the_paper_title()
    {
        var (facts, diagnostics) = TestNotes.Extract("""
            # Info
            ### Consensus
            TMEM9 plays a significant role in TNF-induced IL-6 and IL-1 secretion in LX-2 cells.
            *Wei, W., Jiang, F., Liu, X., & Su, Q. (2018). TMEM9 mediates IL‐6 and IL‐1&bgr; secretion and is modulated by the Wnt pathway. International Immunopharmacology, 63, 253–260. [https://doi.org/10.1016/j.intimp.2018.07.036](https://doi.org/10.1016/j.intimp.2018.07.036).*

            A second claim. *Roe, R. (2020a). Does IRF4 drive PH? Circulation, 1. [https://doi.org/10.1/x](https://doi.org/10.1/x)*

            A claim without a reference. [https://doi.org/10.1/y](https://doi.org/10.1/y)
            ### NCBI Gene Summary for TMEM9 Gene
            [](https://www.ncbi.nlm.nih.gov/gene/252839)
            """, "Genes/TMEM9.md");

        Assert.Empty(diagnostics);
        Assert.Equal(["TMEM9 mediates IL‐6 and IL‐1&bgr; secretion and is modulated by the Wnt pathway", "Does IRF4 drive PH?", null],
            facts.Claims.Select(c => c.Title));
    }

    [Fact]
    public void The_symbol_comes_from_headings_else_the_file_name()
    {
        var (fromHeading, diagnostics) = TestNotes.Extract("### NCBI Gene Summary for MCF2 Gene\n[](https://www.ncbi.nlm.nih.gov/gene/4168)\n", "GeneDump/MCF2L.md");
        Assert.Equal("MCF2", fromHeading.Symbol?.Value);
        Assert.Equal("GG201", Assert.Single(diagnostics).Code.Id);

        var (fromFile, none) = TestNotes.Extract("# Plots\n## mPAP\n![[X0.4_ENSG00000065534_chr3.1.2.png]]\n", "GeneDump/mylk.md");
        Assert.Equal("MYLK", fromFile.Symbol?.Value);
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("Index.md", "# Index\n| gene |\n| --- |\n| [[SPRY2]] |\n| [[ECM1 ]] |\n| [[LiteratureResearch/GeneDump/SPRY2]] |\n| [[X \\| alias]] |\n")]
    [InlineData("IRF4 could be a viable target.md", "Overexpression of IRF4 led to hypertrophy. [[IRF4]]\n")]
    [InlineData("plot.r.md", "# Script\n```bash\nRscript x.R [[ ... ]]\n```\n")]
    [InlineData("2024-11-05.md", "# 2024-11-05\nMet with the group.\n")]
    public void Notes_that_are_not_gene_notes_make_no_gene(string path, string text)
    {
        var (facts, diagnostics) = TestNotes.Extract(text, path);
        Assert.False(facts.IsGeneNote);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Stubs_become_gene_notes_only_beside_gene_notes()
    {
        var gene = TestNotes.Extract("# Plots\n## mPAP\n![[X0.4_ENSG00000065534_chr3.1.2.png]]\n", "GeneDump/MYLK.md").Facts;
        var other = TestNotes.Extract("### NCBI Gene Summary for LIF Gene\n", "GeneDump/LIF.md").Facts;
        var third = TestNotes.Extract("### GeneCards Summary for MYC Gene\n", "GeneDump/MYC.md").Facts;
        var stub = TestNotes.Extract("Weak separation.\n", "GeneDump/ICAM4.md").Facts;
        var alone = TestNotes.Extract("Weak separation.\n", "Elsewhere/FOXO1.md").Facts;
        var sentence = TestNotes.Extract("Text.\n", "GeneDump/a claim note.md").Facts;

        NoteExtractor.PromoteStubs([gene, other, third, stub, alone, sentence]);

        Assert.Equal("ICAM4", stub.Symbol?.Value);
        Assert.False(alone.IsGeneNote);
        Assert.False(sentence.IsGeneNote);
    }
}
