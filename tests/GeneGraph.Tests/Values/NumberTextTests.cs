using System.Globalization;
using GeneGraph.Values;

namespace GeneGraph.Tests.Values;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData(0.5, "0.5", "0.5")]
    [InlineData(1.0, "1", "1.0")]
    [InlineData(-0.0, "-0", "-0.0")]
    [InlineData(-0.567330246986036, "-0.567330246986036", "-0.567330246986036")]
    [InlineData(1e-7, "1E-07", "1E-07")]
    [InlineData(1e21, "1E+21", "1E+21")]
    [InlineData(double.NaN, "NaN", "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity", "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity", "-Infinity")]
    public void Round_trip_is_the_shortest_invariant_text_and_float_never_reads_as_an_integer(double value, string roundTrip, string asFloat)
    {
        Assert.Equal(roundTrip, NumberText.RoundTrip(value));
        Assert.Equal(asFloat, NumberText.Float(value));
    }

    [Fact]
    public void Every_text_parses_back_to_the_same_bits_whatever_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture.Clone() as CultureInfo ?? culture;
            CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator = ",";
            var random = new Random(12);
            for (var i = 0; i < 10_000; i++)
            {
                var value = BitConverter.Int64BitsToDouble(random.NextInt64());
                if (!double.IsFinite(value)) continue;
                Assert.Equal(BitConverter.DoubleToInt64Bits(value),
                    BitConverter.DoubleToInt64Bits(double.Parse(NumberText.Float(value), CultureInfo.InvariantCulture)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
