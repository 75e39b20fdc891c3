using System.Buffers;
using System.Globalization;
using System.Text;
using GeneGraph.Values;

namespace GeneGraph.Cypher;

/// <summary>
/// Writes values as Cypher literals, for scripts that must run without parameters (cypher-shell, Neo4j Browser).
/// Strings are single-quoted with every quote, backslash and control character escaped, so a statement always
/// stays on one line and no text can end the literal early.
/// </summary>
public static class CypherLiteral
{
    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case string s: AppendString(sb, s); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case long or int: sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)); break;
            case double d: AppendDouble(sb, d); break;
            case IReadOnlyDictionary<string, object?> map: AppendMap(sb, map); break;
            case IDictionary<string, object?> map: AppendMap(sb, map.AsReadOnly()); break;
            case System.Collections.IEnumerable list: AppendList(sb, list); break;
            default: throw new ArgumentException($"no Cypher literal for {value.GetType().Name}", nameof(value));
        }
    }

    public static string Of(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    /// <summary>The characters a string literal escapes; every other character is copied as it is, in runs.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(NeedsEscape)));

    private static bool NeedsEscape(char c) =>
        c is '\\' or '\'' or '"' || char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        AppendEscaped(sb, s);
        sb.Append('\'');
    }

    private static void AppendEscaped(StringBuilder sb, string s)
    {
        var rest = s.AsSpan();
        for (var next = rest.IndexOfAny(Escaped); next >= 0; next = rest.IndexOfAny(Escaped))
        {
            sb.Append(rest[..next]);
            switch (rest[next])
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default: sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)rest[next]:X4}"); break;
            }
            rest = rest[(next + 1)..];
        }
        sb.Append(rest);
    }

    private static void AppendDouble(StringBuilder sb, double d)
    {
        if (!double.IsFinite(d)) throw new ArgumentException("Cypher has no literal for NaN or infinity");
        sb.Append(NumberText.Float(d));
    }

    private static void AppendMap(StringBuilder sb, IReadOnlyDictionary<string, object?> map)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append('`').Append(key.Replace("`", "``", StringComparison.Ordinal)).Append("`: ");
            Append(sb, value);
        }
        sb.Append('}');
    }

    private static void AppendList(StringBuilder sb, System.Collections.IEnumerable list)
    {
        sb.Append('[');
        var first = true;
        foreach (var item in list)
        {
            if (!first) sb.Append(", ");
            first = false;
            Append(sb, item);
        }
        sb.Append(']');
    }
}
