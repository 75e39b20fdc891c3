using System.Globalization;

namespace GeneGraph.Values;

/// <summary>How a double becomes text, the same way everywhere: writers, Cypher literals, messages and the CLI.</summary>
public static class NumberText
{
    /// <summary>
    /// The shortest text that parses back to the same double, in the invariant culture (<c>0.5</c>, <c>1</c>,
    /// <c>1E-07</c>); <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> for the non-finite values.
    /// </summary>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>
    /// <see cref="RoundTrip"/>, with <c>.0</c> added to a finite value that would otherwise read as an integer
    /// (<c>1.0</c>, <c>-0.567</c>, <c>1E-07</c>), so every reader takes it for a floating-point number.
    /// </summary>
    public static string Float(double value)
    {
        var text = RoundTrip(value);
        return !double.IsFinite(value) || text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0";
    }
}
