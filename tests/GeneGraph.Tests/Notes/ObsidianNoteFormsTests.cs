using System.Text;
using GeneGraph.Extraction;
using GeneGraph.Pipeline;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Notes;

/// <summary>Embed forms, front matter, callouts, CRLF and BOM give the same facts at the right lines.</summary>
public class ObsidianNoteFormsTests
{
    private const string File1 = "X0.567330246986036_ENSG00000128342_chr22.30247659.30247698.png";

    private static PlotFact OnlyPlot(string body)
    {
        var (facts, diagnostics) = TestNotes.Extract("# Plots\n## sPAP\n" + body + "\n");
        Assert.Empty(diagnostics);
        return Assert.Single(facts.Plots);
    }

    [Theory]
    [InlineData("![[" + File1 + "]]")]
    [InlineData("![[" + File1 + "|400]]")]
    [InlineData("![[" + File1 + "|400x300]]")]
    [InlineData("![[sub/folder/" + File1 + "]]")]
    [InlineData("![[AssociationAnalysis/CorrelationVisualization/" + File1 + "]]")]
    [InlineData("![alt](" + File1 + ")")]
    [InlineData("![](sub/" + File1 + ")")]
    [InlineData("![alt](<" + File1 + ">)")]
    [InlineData("Text before ![[" + File1 + "]] and after")]
    public void Every_embed_form_gives_the_plot(string body)
    {
        var plot = OnlyPlot(body);
        Assert.Equal("sPAP", plot.Trait.Value);
        Assert.Equal(File1, plot.FileName);
        Assert.Equal(0.567330246986036, plot.Name.R);
        Assert.Equal(3, plot.Line);
    }

    [Fact]
    public void Markdown_image_with_spaces_in_angle_brackets_and_copy_suffix()
    {
        var plot = OnlyPlot("![alt](<X0.5_ENSG00000128342_chr22.30247659.30247698 1.png>)");
        Assert.Equal("X0.5_ENSG00000128342_chr22.30247659.30247698 1.png", plot.FileName);
        Assert.Equal(new Locus("chr22", 30247659, 30247698), plot.Name.Locus);
    }

    [Fact]
    public void Markdown_image_with_escaped_space()
    {
        var plot = OnlyPlot("![alt](X0.5_ENSG00000128342_chr22.30247659.30247698%201.png)");
        Assert.Equal("X0.5_ENSG00000128342_chr22.30247659.30247698 1.png", plot.FileName);
    }

    [Fact]
    public void Front_matter_and_callout_shift_lines_but_not_facts()
    {
        var plain = TestNotes.Extract(LifNote.Text).Facts;
        var withExtras = TestNotes.Extract("---\naliases: [LIF gene]\ntags: [gene, ph]\n---\n> [!note]\n> A callout with [[LIF]].\n\n" + LifNote.Text).Facts;
        AssertSameFacts(plain, withExtras, lineShift: 7);
    }

    [Fact]
    public void Plot_inside_a_callout_under_a_trait_is_read()
    {
        var (facts, _) = TestNotes.Extract("# Plots\n## sPAP\n> [!note]\n> ![[" + File1 + "]]\n");
        var plot = Assert.Single(facts.Plots);
        Assert.Equal(4, plot.Line);
    }

    [Fact]
    public void Crlf_and_bom_through_the_vault_reader_give_the_same_facts_and_lines()
    {
        using var vault = new TempVault();
        var gene = TestNotes.GeneDump + "LIF.md";
        vault.Write("lf/" + gene, Encoding.UTF8.GetBytes(LifNote.Text));
        var crlfBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LifNote.Text.Replace("\n", "\r\n"))).ToArray();
        vault.Write("crlf/" + gene, crlfBom);

        var lf = VaultGraph.Build(Path.Combine(vault.Root, "lf"));
        var crlf = VaultGraph.Build(Path.Combine(vault.Root, "crlf"));
        Assert.Equal(0, lf.Diagnostics.Count);
        Assert.Equal(0, crlf.Diagnostics.Count);
        var a = Assert.Single(lf.Notes);
        var b = Assert.Single(crlf.Notes);
        Assert.Equal(gene, b.Path);
        AssertSameFacts(a, b, lineShift: 0);
        Assert.Equal("LIF", b.Symbol?.Value);
        Assert.DoesNotContain('\r', b.NcbiSummary!.Value);
        Assert.DoesNotContain('\uFEFF', b.GeneCards!.Text);
        Assert.Equal(
            lf.Graph.Nodes.Select(n => n.Uid + string.Join(",", n.Properties.Select(p => p.Key + "=" + p.Value))),
            crlf.Graph.Nodes.Select(n => n.Uid + string.Join(",", n.Properties.Select(p => p.Key + "=" + p.Value))));
    }

    [Fact]
    public void Bom_before_a_heading_keeps_it_a_heading()
    {
        using var vault = new TempVault();
        vault.Write("G/LIF.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LifNote.Text)).ToArray());
        var result = VaultGraph.Build(vault.Root);
        var facts = Assert.Single(result.Notes);
        Assert.Equal(2, facts.Plots.Count);
        Assert.Equal(["sPAP", "mPAP"], facts.Plots.Select(p => p.Trait.Value));
    }

    internal static void AssertSameFacts(NoteFacts a, NoteFacts b, int lineShift)
    {
        Assert.Equal(Shifted(a.Symbol, lineShift), b.Symbol);
        Assert.Equal(Shifted(a.NcbiGeneId, lineShift), b.NcbiGeneId);
        Assert.Equal(Shifted(a.NcbiSummary, lineShift), b.NcbiSummary);
        Assert.Equal(a.Plots.Select(p => p with { Trait = p.Trait with { Line = p.Trait.Line + lineShift }, Line = p.Line + lineShift }), b.Plots);
        Assert.Equal(a.Claims.Select(c => c with { Line = c.Line + lineShift }), b.Claims);
        Assert.NotNull(a.GeneCards);
        Assert.NotNull(b.GeneCards);
        Assert.Equal(a.GeneCards.Text, b.GeneCards.Text);
        Assert.Equal(a.GeneCards.Line + lineShift, b.GeneCards.Line);
        Assert.Equal(a.GeneCards.FullName, b.GeneCards.FullName);
        Assert.Equal(a.GeneCards.Biotype, b.GeneCards.Biotype);
        Assert.Equal(a.GeneCards.Diseases.Select(d => d with { Line = d.Line + lineShift }), b.GeneCards.Diseases);
        Assert.Equal(a.GeneCards.Pathways.Select(d => d with { Line = d.Line + lineShift }), b.GeneCards.Pathways);
        Assert.Equal(a.GeneCards.GoTerms.Select(d => d with { Line = d.Line + lineShift }), b.GeneCards.GoTerms);
    }

    private static Located<T>? Shifted<T>(Located<T>? value, int lines) => value is null ? null : value with { Line = value.Line + lines };
}
