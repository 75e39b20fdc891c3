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

    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF')
                        sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }

    /// <summary>Always with a decimal point or exponent, so the server reads a float, never an integer.</summary>
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
