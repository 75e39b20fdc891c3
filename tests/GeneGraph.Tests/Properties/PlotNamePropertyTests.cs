using FsCheck;
using FsCheck.Fluent;
using GeneGraph.Extraction;

namespace GeneGraph.Tests.Properties;

/// <summary>Plot names made from random r / Ensembl / locus values parse back to the same values.</summary>
public class PlotNamePropertyTests
{
    private static void Holds(Func<Generators.PlotValues, string> name) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Arb.From(Generators.Plots()), (Generators.PlotValues v) =>
        {
            var fileName = name(v);
            var parsed = PlotNameParser.Parse(fileName, out var error);
            Assert.True(parsed is not null, $"{fileName}: {error?.Message}");
            Assert.Equal(v.R, parsed.R);
            Assert.Equal(v.EnsemblId, parsed.EnsemblId);
            Assert.Equal(v.Version, parsed.EnsemblVersion);
            Assert.Equal(new Locus(v.Chrom, v.Start, v.End), parsed.Locus);
        }));

    [Fact]
    public void Names_mangled_by_R_make_names_parse_back() => Holds(v => Generators.MakeNames(v.Typed) + ".png");

    [Fact]
    public void Names_as_typed_parse_back() => Holds(v => v.Typed + ".png");

    [Fact]
    public void Obsidian_copies_of_mangled_names_parse_back() => Holds(v => Generators.MakeNames(v.Typed) + " 1.png");

    [Theory]
    [InlineData("-0.41_ENSG00000128342_chr22:1-2", "X.0.41_ENSG00000128342_chr22.1.2")]
    [InlineData("1.2e-05_ENSG00000128342_chrX:5-9", "X1.2e.05_ENSG00000128342_chrX.5.9")]
    [InlineData("0.5_ENSG00000128342.13_chrM:1-2", "X0.5_ENSG00000128342.13_chrM.1.2")]
    public void Make_names_is_R_s(string typed, string made) => Assert.Equal(made, Generators.MakeNames(typed));
}
