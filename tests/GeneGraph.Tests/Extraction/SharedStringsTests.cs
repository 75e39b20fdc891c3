using GeneGraph.Extraction;
using GeneGraph.Tests.TestSupport;

namespace GeneGraph.Tests.Extraction;

/// <summary>
/// The notes of one vault read hold one instance of each string they repeat (a card's key, name and link, a trait, a
/// chromosome, a claim and its paper), and the same values as a note read on its own.
/// </summary>
public sealed class SharedStringsTests
{
    [Fact]
    public void Two_notes_of_one_vault_share_the_strings_they_repeat_and_keep_their_values()
    {
        var (_, facts, _) = TestNotes.Build((TestNotes.GeneDump + "LIF.md", LifNote.Text), ("Elsewhere/LIF.md", LifNote.Text));
        var (a, b) = (facts[0], facts[1]);
        var alone = TestNotes.Extract(LifNote.Text).Facts;

        Assert.Equal(alone.Plots, a.Plots);
        Assert.Equal(alone.Claims, a.Claims);
        Assert.Equal(alone.GeneCards!.Diseases, a.GeneCards!.Diseases);
        Assert.Equal(alone.GeneCards.Pathways, a.GeneCards.Pathways);
        Assert.Equal(alone.GeneCards.GoTerms, a.GeneCards.GoTerms);
        Assert.Equal(alone.GeneCards.Biotype, a.GeneCards.Biotype);

        Assert.Same(a.Plots[0].Trait.Value, b.Plots[0].Trait.Value);
        Assert.Same(a.Plots[0].Name.EnsemblId, b.Plots[0].Name.EnsemblId);
        Assert.Same(a.Plots[0].Name.Locus.Chrom, a.Plots[1].Name.Locus.Chrom);
        Assert.Same(a.Claims[0].Claim, b.Claims[0].Claim);
        Assert.Same(a.Claims[0].Url, b.Claims[0].Url);
        Assert.Same(a.Claims[0].Question, b.Claims[0].Question);
        Assert.Same(a.GeneCards.Biotype, b.GeneCards!.Biotype);
        foreach (var (x, y) in a.GeneCards.Diseases.Concat(a.GeneCards.Pathways).Concat(a.GeneCards.GoTerms)
                     .Zip(b.GeneCards.Diseases.Concat(b.GeneCards.Pathways).Concat(b.GeneCards.GoTerms)))
        {
            Assert.Same(x.Key, y.Key);
            Assert.Same(x.Name, y.Name);
            Assert.Same(x.Url, y.Url);
        }
    }

    [Fact]
    public void A_shared_string_is_the_first_instance_given()
    {
        var strings = new SharedStrings();
        var first = new string('x', 3);
        Assert.Same(first, strings.Share(first));
        Assert.Same(first, strings.Share(new string('x', 3)));
        Assert.Null(strings.Share(null));
        Assert.Same(first, strings.Share("xxx".AsSpan()));
        var made = strings.Share("yyy".AsSpan());
        Assert.Equal("yyy", made);
        Assert.Same(made, strings.Share(new string('y', 3)));
    }
}
