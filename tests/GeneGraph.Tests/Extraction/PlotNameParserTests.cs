using System.Globalization;
using GeneGraph.Diagnostics;
using GeneGraph.Extraction;

namespace GeneGraph.Tests.Extraction;

public class PlotNameParserTests
{
    private static double D(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static PlotName Ok(string fileName)
    {
        var name = PlotNameParser.Parse(fileName, out var error);
        Assert.Null(error);
        Assert.NotNull(name);
        return name;
    }

    private static PlotNameError Fails(string fileName)
    {
        var name = PlotNameParser.Parse(fileName, out var error);
        Assert.Null(name);
        Assert.NotNull(error);
        return error;
    }

    [Fact]
    public void Template_form_gives_r_gene_and_locus()
    {
        var name = Ok("X0.567330246986036_ENSG00000128342_chr22.30247659.30247698.png");
        Assert.Equal(D("0.567330246986036"), name.R);
        Assert.Equal("ENSG00000128342", name.EnsemblId);
        Assert.Null(name.EnsemblVersion);
        Assert.Equal(new Locus("chr22", 30247659, 30247698), name.Locus);
        Assert.Equal("chr22:30247659-30247698", name.Locus.Id);
    }

    [Theory]
    [InlineData("X-0.572015831622048_ENSG00000128342_chr22.30247659.30247698.png", "-0.572015831622048")] // real vault
    [InlineData("X.0.41886_ENSG00000128342_chr22.30247659.30247698.png", "-0.41886")]                   // strict make.names
    [InlineData("X.0.418860153131241_ENSG00000128342_chr22.30247659.30247698.png", "-0.418860153131241")]
    [InlineData("0.567_ENSG00000128342_chr22:30247659-30247698.png", "0.567")]                           // hand-typed
    [InlineData("-0.41_ENSG00000128342_chr22:30247659-30247698.png", "-0.41")]
    [InlineData("X1.2e.05_ENSG00000128342_chr22.30247659.30247698.png", "1.2e-05")]                     // scientific
    [InlineData("X.1.2e.05_ENSG00000128342_chr22.30247659.30247698.png", "-1.2e-05")]
    [InlineData("1.2e-05_ENSG00000128342_chr22:30247659-30247698.png", "1.2e-05")]
    [InlineData("X1_ENSG00000128342_chr22.30247659.30247698.png", "1")]
    [InlineData("X-1_ENSG00000128342_chr22.30247659.30247698.png", "-1")]
    [InlineData("X0_ENSG00000128342_chr22.30247659.30247698.png", "0")]
    public void R_is_exactly_the_decimal_text(string fileName, string decimalText)
    {
        var name = Ok(fileName);
        Assert.Equal(D(decimalText), name.R);
        Assert.Equal(BitConverter.DoubleToInt64Bits(D(decimalText)), BitConverter.DoubleToInt64Bits(name.R));
        Assert.Equal(new Locus("chr22", 30247659, 30247698), name.Locus);
    }

    [Fact]
    public void Versioned_ensembl_id_is_unversioned_with_the_version_kept()
    {
        var name = Ok("X0.5_ENSG00000128342.13_chr22.30247659.30247698.png");
        Assert.Equal("ENSG00000128342", name.EnsemblId);
        Assert.Equal(13, name.EnsemblVersion);
        Assert.Equal(new Locus("chr22", 30247659, 30247698), name.Locus);
    }

    public static TheoryData<string, string> Chromosomes()
    {
        var data = new TheoryData<string, string>();
        for (var i = 1; i <= 22; i++)
        {
            data.Add($"chr{i}", $"chr{i}");
            data.Add($"{i}", $"chr{i}");
        }
        foreach (var (raw, expected) in new[]
                 {
                     ("chrX", "chrX"), ("X", "chrX"), ("chrY", "chrY"), ("Y", "chrY"),
                     ("chrM", "chrM"), ("M", "chrM"), ("chrMT", "chrM"), ("MT", "chrM"),
                 })
            data.Add(raw, expected);
        return data;
    }

    [Theory]
    [MemberData(nameof(Chromosomes))]
    public void Every_chromosome_with_and_without_chr_is_normalised(string raw, string expected)
    {
        var mangled = Ok($"X0.5_ENSG00000128342_{raw}.100.200.png");
        Assert.Equal(new Locus(expected, 100, 200), mangled.Locus);
        var typed = Ok($"0.5_ENSG00000128342_{raw}:100-200.png");
        Assert.Equal(new Locus(expected, 100, 200), typed.Locus);
        Assert.Equal($"{expected}:100-200", typed.Locus.Id);
    }

    [Theory]
    [InlineData("X0.5_ENSG00000116857_chr1.201173354.201173403 1.png")]
    [InlineData("X0.5_ENSG00000116857_chr1.201173354.201173403 2.png")]
    [InlineData("X0.5_ENSG00000116857_chr1.201173354.201173403.jpg")]
    [InlineData("X0.5_ENSG00000116857_chr1.201173354.201173403.PNG")]
    [InlineData("X0.5_ENSG00000116857_chr1.201173354.201173403 1.jpg")]
    public void Copy_suffix_and_other_extensions_give_the_same_plot(string fileName)
    {
        var name = Ok(fileName);
        Assert.Equal(0.5, name.R);
        Assert.Equal("ENSG00000116857", name.EnsemblId);
        Assert.Equal(new Locus("chr1", 201173354, 201173403), name.Locus);
    }

    [Theory]
    [InlineData("XNaN_ENSG00000128342_chr22.30247659.30247698.png", "r = XNaN is not a number")]
    [InlineData("XInfinity_ENSG00000128342_chr22.30247659.30247698.png", "r = XInfinity is infinite")]
    [InlineData("X-Infinity_ENSG00000128342_chr22.30247659.30247698.png", "r = X-Infinity is infinite")]
    [InlineData("X1.5_ENSG00000128342_chr22.30247659.30247698.png", "r = X1.5 lies outside [-1, 1]")]
    public void R_that_is_not_a_number_or_infinite_is_called_so(string fileName, string wording)
    {
        var error = Fails(fileName);
        Assert.Equal(DiagnosticCode.CorrelationOutOfRange, error.Code);
        Assert.Contains(wording + "; the plot is skipped", error.Message);
    }

    [Theory]
    [InlineData("X1.5_ENSG00000128342_chr22.30247659.30247698.png")]
    [InlineData("X-1.0001_ENSG00000128342_chr22.30247659.30247698.png")]
    [InlineData("X.1.5_ENSG00000128342_chr22.30247659.30247698.png")]
    [InlineData("2_ENSG00000128342_chr22:30247659-30247698.png")]
    public void R_outside_minus_one_one_is_GG102(string fileName)
    {
        Assert.Equal(DiagnosticCode.CorrelationOutOfRange, Fails(fileName).Code);
        Assert.Equal("GG102", DiagnosticCode.CorrelationOutOfRange.Id);
    }

    [Theory]
    [InlineData("X0.5_ENSG00000128342_chr22.30247698.30247659.png")]
    [InlineData("0.5_ENSG00000128342_chr22:200-100.png")]
    public void Start_after_end_is_GG103(string fileName) =>
        Assert.Equal(DiagnosticCode.LocusStartAfterEnd, Fails(fileName).Code);

    [Fact]
    public void Start_equal_to_end_is_a_locus() =>
        Assert.Equal(new Locus("chr1", 100, 100), Ok("X0.5_ENSG00000128342_chr1.100.100.png").Locus);

    [Theory]
    [InlineData("picture.png")]
    [InlineData("Pasted image 20230101.png")]
    [InlineData("X0.5_ENSG0000012834_chr22.30247659.30247698.png")]      // 10 digits
    [InlineData("X0.5_ENSG000001283420_chr22.30247659.30247698.png")]    // 12 digits
    [InlineData("X0.5_ENST00000128342_chr22.30247659.30247698.png")]     // a transcript
    [InlineData("Xabc_ENSG00000128342_chr22.30247659.30247698.png")]
    [InlineData("X0.5_ENSG00000128342_chr23.30247659.30247698.png")]     // no chromosome 23
    [InlineData("X0.5_ENSG00000128342_chr0.30247659.30247698.png")]
    [InlineData("X0.5_ENSG00000128342_chr22.30247659.png")]
    [InlineData("X0.5_ENSG00000128342_chr22.a.b.png")]
    [InlineData("X0.5_ENSG00000128342.png")]
    [InlineData("X0.5_ENSG00000128342_chr22.1.2_extra.png")]
    [InlineData("")]
    public void Unparseable_names_are_GG101_not_a_crash(string fileName) =>
        Assert.Equal(DiagnosticCode.UnparseablePlotName, Fails(fileName).Code);

    [Theory]
    [InlineData("X0.5_ENSG00000128342_chr22.1.2.png", true)]
    [InlineData("X-0.5_ENSG00000128342_chr22.1.2.png", true)]
    [InlineData("X.0.5_ENSG00000128342_chr22.1.2.png", true)]
    [InlineData("0.5_ENSG00000128342_chr22:1-2.png", true)]
    [InlineData("picture.png", false)]
    [InlineData("Xylophone.png", false)]
    public void LooksLikePlotName_separates_plots_from_pictures(string fileName, bool expected) =>
        Assert.Equal(expected, PlotNameParser.LooksLikePlotName(fileName));
}
