using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GeneGraph.Graph;
using GeneGraph.Values;

namespace GeneGraph.Writers;

/// <summary>How property values become text, the same way in every writer.</summary>
public static class ValueText
{
    /// <summary>
    /// A double in the shortest text that parses back to the same bits, invariant culture, always with a
    /// <c>.</c> or an exponent so it never reads as an integer (<c>1.0</c>, <c>-0.567</c>, <c>1E-07</c>);
    /// <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> for the non-finite values (<see cref="NumberText.Float"/>).
    /// </summary>
    public static string Double(double value) => NumberText.Float(value);

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    private static readonly JsonTypeInfo<IReadOnlyList<string>> ListJson = new StringListJson(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    }).IReadOnlyListString;

    /// <summary>A list of strings as compact JSON array text (<c>["a","b"]</c>): the APOC <c>attr.list</c> convention.</summary>
    public static string JsonList(IReadOnlyList<string> values)
    {
        foreach (var value in values)
            if (!IsPlainJsonText(value)) return JsonSerializer.Serialize(values, ListJson);
        var text = JsonTextBuilder();
        text.Append('[');
        for (var i = 0; i < values.Count; i++)
            text.Append(i == 0 ? "\"" : ",\"").Append(values[i]).Append('"');
        return text.Append(']').ToString();
    }

    /// <summary>Sources as <see cref="JsonList"/> of their texts (<c>["genes/LIF.md:3"]</c>), without a string per source.</summary>
    public static string JsonSourceList(SourceList sources)
    {
        var text = JsonTextBuilder();
        text.Append('[');
        foreach (var source in sources)
        {
            if (!IsPlainJsonText(source.Path)) return JsonList(sources.Select(s => s.ToString()).ToArray());
            text.Append(text.Length == 1 ? "\"" : ",\"").Append(source.Path);
            if (source.Line > 0) text.Append(':').Append(source.Line);
            text.Append('"');
        }
        return text.Append(']').ToString();
    }

    [ThreadStatic]
    private static StringBuilder? _jsonText;

    private static StringBuilder JsonTextBuilder() => (_jsonText ??= new StringBuilder(256)).Clear();

    /// <summary>
    /// Whether JSON string text is the text itself: printable ASCII other than <c>"</c> and <c>\</c>, which
    /// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> leaves alone (tested for every ASCII character).
    /// Anything else goes through the serializer, so its escaping stays the encoder's.
    /// </summary>
    private static bool IsPlainJsonText(string text) =>
        !text.AsSpan().ContainsAnyExcept(PlainJsonChars);

    private static readonly SearchValues<char> PlainJsonChars = SearchValues.Create(
        Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not ('"' or '\\')).ToArray());

    /// <summary>Any property value as invariant text; lists as JSON array text.</summary>
    public static string Invariant(object value) => value switch
    {
        string s => s,
        long l => Long(l),
        double d => Double(d),
        bool b => Bool(b),
        IReadOnlyList<string> list => JsonList(list),
        _ => throw new ArgumentException($"unsupported property type {value.GetType().Name}", nameof(value)),
    };

    /// <summary>
    /// Replaces every UTF-16 code unit XML 1.0 cannot carry, even as a character reference, with U+FFFD:
    /// C0 controls other than tab, LF and CR (NUL, U+0001, ...), lone surrogates, U+FFFE and U+FFFF.
    /// Returns the same instance when nothing needs replacing.
    /// </summary>
    public static string XmlSafe(string text)
    {
        var firstBad = FirstIllegalXmlChar(text);
        if (firstBad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                sb.Append(IsLegalXmlChar(c) ? c : '\uFFFD');
            }
        }
        return sb.ToString();
    }

    private static int FirstIllegalXmlChar(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsLegalXmlChar(c)) return i;
        }
        return -1;
    }

    /// <summary>XML 1.0 Char, for one non-paired code unit.</summary>
    private static bool IsLegalXmlChar(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
