namespace GeneGraph.Tests.Extraction;

/// <summary>The user's own example note (gene LIF), as committed in examples/vault/Genes/LIF.md.</summary>
public sealed class SeedNoteTests
{
    private static readonly string SeedText = File.ReadAllText(Path.Combine(SharedFolder.ExampleVault(), "Genes", "LIF.md"));

    [Fact]
    public void TheExampleVaultHoldsTheSeedUnchanged()
    {
        var seed = SharedFolder.Require("seed/000_739e7c726a808ddf.txt");
        Assert.Equal(File.ReadAllBytes(seed), File.ReadAllBytes(Path.Combine(SharedFolder.ExampleVault(), "Genes", "LIF.md")));
    }

    [Fact]
    public void PlotsBecomeTraitLocusAndSignedR()
    {
        var (facts, diagnostics) = NoteText.Extract(SeedText, "LIF.md");

        Assert.Empty(diagnostics);
        Assert.Equal("LIF", facts.Symbol);
        Assert.Collection(facts.Plots,
            p =>
            {
                Assert.Equal(("sPAP", 2, 3), (p.Trait, p.TraitLine, p.Line));
                Assert.Equal(0.567330246986036, p.Name.R);
                Assert.Equal("ENSG00000128342", p.Name.EnsemblId);
                Assert.Equal("chr22:30247659-30247698", p.Name.Locus.Id);
            },
            p =>
            {
                Assert.Equal(("mPAP", 5, 6), (p.Trait, p.TraitLine, p.Line));
                Assert.Equal(0.418860153131241, p.Name.R);
            });
    }

    [Fact]
    public void NcbiSummaryGivesIdAndText()
    {
        var (facts, _) = NoteText.Extract(SeedText, "LIF.md");

        Assert.Equal(3976, facts.NcbiGeneId);
        Assert.Equal(14, facts.NcbiGeneIdLine);
        Assert.StartsWith("The protein encoded by this gene is a pleiotropic cytokine", facts.NcbiSummary);
        Assert.EndsWith("[provided by RefSeq, Mar 2012]", facts.NcbiSummary);
    }

    [Fact]
    public void GeneCardsSummaryGivesNameBiotypeDiseasesPathwaysAndGoTerms()
    {
        var cards = NoteText.Extract(SeedText, "LIF.md").Facts.GeneCards!;

        Assert.Equal("LIF Interleukin 6 Family Cytokine", cards.FullName);
        Assert.Equal("Protein Coding", cards.Biotype);
        Assert.Equal(["leukemia", "myeloid_leukemia"], cards.Diseases.Select(d => d.Key));
        Assert.Equal(["Leukemia", "Myeloid Leukemia"], cards.Diseases.Select(d => d.Name));
        Assert.Equal("http://www.malacards.org/card/myeloid_leukemia", cards.Diseases[1].Url);
        Assert.Equal(["mif_mediated_glucocorticoid_regulation", "erk_signaling"], cards.Pathways.Select(p => p.Key));
        Assert.Equal(["signaling receptor binding", "growth factor activity"], cards.GoTerms.Select(g => g.Key));
        Assert.Empty(cards.Paralogs);
        Assert.All(cards.Diseases.Concat(cards.Pathways).Concat(cards.GoTerms), item => Assert.Equal(21, item.Line));
    }

    [Fact]
    public void ConsensusClaimNamesItsPaper()
    {
        var claim = Assert.Single(NoteText.Extract(SeedText, "LIF.md").Facts.Claims);

        Assert.Equal("d6b431bf8353544c85889eef0e7c91cf", claim.PaperId);
        Assert.Equal("factor-signaling-hypertension-pullamsetti", claim.Slug);
        Assert.Equal("connection between LIF and pulmanory hypertension", claim.Question);
        Assert.Equal(10, claim.Line);
        Assert.StartsWith("LIF signaling plays a fundamental", claim.Claim);
        Assert.EndsWith("strategy for this condition.", claim.Claim);
        Assert.StartsWith("https://consensus.app/papers/", claim.Url);
    }
}
