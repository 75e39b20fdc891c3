using System.Globalization;
using System.Text;

namespace GeneGraph.Diagnostics;

/// <summary>
/// Makes a path or message safe to print on one line: control characters (C0, DEL, C1), line and paragraph
/// separators and bidirectional overrides become visible escapes (<c>\n</c>, <c>\u202E</c>), so a file name
/// can neither start a second, forged diagnostic line nor reorder what a terminal shows.
/// </summary>
public static class DiagnosticText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) builder.Append(c);
            else if (c == '\n') builder.Append("\\n");
            else if (c == '\r') builder.Append("\\r");
            else if (c == '\t') builder.Append("\\t");
            else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) // C0, DEL and C1
        || c is '\u2028' or '\u2029' // line and paragraph separators
        || c is >= '\u202A' and <= '\u202E' // embeddings and overrides
        || c is >= '\u2066' and <= '\u2069' // isolates
        || c is '\u200E' or '\u200F' or '\u061C'; // directional marks
}
