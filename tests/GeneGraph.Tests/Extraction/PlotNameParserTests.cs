using System.Globalization;
using GeneGraph.Extraction;

namespace GeneGraph.Tests.Extraction;

public sealed class PlotNameParserTests
{
    [Theory]
    [InlineData("X0.567330246986036_ENSG00000128342_chr22.30247659.30247698.png", "0.567330246986036", "ENSG00000128342", null, "chr22:30247659-30247698")]
    [InlineData("X-0.572015831622048_ENSG00000137265_chr6.392002.392041.png", "-0.572015831622048", "ENSG00000137265", null, "chr6:392002-392041")]
    [InlineData("X.0.41886_ENSG00000128342_chr22.30247659.30247698.png", "-0.41886", "ENSG00000128342", null, "chr22:30247659-30247698")]
    [InlineData("X0.5_ENSG00000128342.13_chr22.1.2.png", "0.5", "ENSG00000128342", 13, "chr22:1-2")]
    [InlineData("0.567_ENSG00000128342_chr22:30247659-30247698.png", "0.567", "ENSG00000128342", null, "chr22:30247659-30247698")]
    [InlineData("-0.41_ENSG00000128342_chr22:30247659-30247698.png", "-0.41", "ENSG00000128342", null, "chr22:30247659-30247698")]
    [InlineData("X1.2e.05_ENSG00000251562_chr11.65497800.65497899.png", "1.2e-05", "ENSG00000251562", null, "chr11:65497800-65497899")]
    [InlineData("X.1.2e.05_ENSG00000251562_11.5.9.png", "-1.2e-05", "ENSG00000251562", null, "chr11:5-9")]
    [InlineData("X0.38077105054779_ENSG00000116857_chr1.201173354.201173403 1.png", "0.38077105054779", "ENSG00000116857", null, "chr1:201173354-201173403")]
    [InlineData("X0.1_ENSG00000198888_MT.3307.4262.png", "0.1", "ENSG00000198888", null, "chrM:3307-4262")]
    [InlineData("X0.1_ENSG00000198888_chrM.3307.4262.jpg", "0.1", "ENSG00000198888", null, "chrM:3307-4262")]
    [InlineData("X0.2_ENSG00000000003_X.100627108.100639991.png", "0.2", "ENSG00000000003", null, "chrX:100627108-100639991")]
    [InlineData("X0.2_ENSG00000000003_chrY.1.2.PNG", "0.2", "ENSG00000000003", null, "chrY:1-2")]
    [InlineData("X1_ENSG00000000003_chr1.1.2.png", "1", "ENSG00000000003", null, "chr1:1-2")]
    public void ReadsEveryNameForm(string fileName, string r, string ensembl, int? version, string locus)
    {
        var name = PlotNameParser.Parse(fileName, out var error);

        Assert.Null(error);
        Assert.NotNull(name);
        Assert.Equal(double.Parse(r, CultureInfo.InvariantCulture), name.R);
        Assert.Equal(ensembl, name.EnsemblId);
        Assert.Equal(version, name.EnsemblVersion);
        Assert.Equal(locus, name.Locus.Id);
    }

    [Theory]
    [InlineData("X1.5_ENSG00000128342_chr22.1.2.png", "GG102")]
    [InlineData("X-1.01_ENSG00000128342_chr22.1.2.png", "GG102")]
    [InlineData("X0.5_ENSG00000128342_chr22.9.2.png", "GG103")]
    [InlineData("X0.5_ENSG00000128342_chr23.1.2.png", "GG101")]
    [InlineData("X0.5_ENSG0000012834_chr22.1.2.png", "GG101")]
    [InlineData("Xabc_ENSG00000128342_chr22.1.2.png", "GG101")]
    [InlineData("X0.5_ENSG00000128342.png", "GG101")]
    [InlineData("X0.5_ENSG00000128342_chr22.1.png", "GG101")]
    public void ReportsWhatIsWrong(string fileName, string code)
    {
        Assert.Null(PlotNameParser.Parse(fileName, out var error));
        Assert.NotNull(error);
        Assert.Equal(code, error.Code.Id);
        Assert.Contains(fileName, error.Message);
    }

    [Fact]
    public void OrdinaryPicturesAreNotPlotShaped()
    {
        Assert.False(PlotNameParser.LooksLikePlotName("Pasted image 20241107171437.png"));
        Assert.False(PlotNameParser.LooksLikePlotName("mPAP_spearman_corr_density_p_value.png"));
        Assert.True(PlotNameParser.LooksLikePlotName("X0.5_ENSG_bad.png"));
    }
}
