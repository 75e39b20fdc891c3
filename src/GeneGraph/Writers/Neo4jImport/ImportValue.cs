using System.Text;
using GeneGraph.Schema;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>How one property value becomes the text of one CSV field, and whether that field is quoted.</summary>
public static class ImportValue
{
    /// <summary>
    /// The field for <paramref name="value"/> in a column of <paramref name="type"/>; null means the property is
    /// absent (an empty unquoted field, which the import tools skip). Strings and arrays are always quoted, so an
    /// empty string stays an empty string; numbers and booleans never are.
    /// </summary>
    public static (string Text, bool Quoted) Field(object? value, PropertyType type, string where)
    {
        if (value is null) return ("", false);
        return type switch
        {
            PropertyType.String => (EscapeBackslashes(ValueText.Invariant(value)), true),
            PropertyType.Long => (ValueText.Long((long)value), false),
            PropertyType.Double => (ValueText.Double((double)value), false),
            PropertyType.Boolean => (ValueText.Bool((bool)value), false),
            PropertyType.StringList => Array((IReadOnlyList<string>)value, where),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>
    /// The elements joined with <see cref="Neo4jImportFormat.ArrayDelimiter"/>. An empty list is written as an
    /// absent property (Neo4j's import tools read an empty array field as no value). An element that is empty or
    /// holds the array delimiter would not come back as written, so it is refused.
    /// </summary>
    private static (string Text, bool Quoted) Array(IReadOnlyList<string> elements, string where)
    {
        if (elements.Count == 0) return ("", false);
        foreach (var element in elements)
        {
            if (element.Length == 0)
                throw new Neo4jImportException($"{where}: an empty string inside a list cannot be written for neo4j-import");
            if (element.Contains(Neo4jImportFormat.ArrayDelimiter))
                throw new Neo4jImportException(
                    $"{where}: the list element '{element}' contains U+001F, the array delimiter of the bundle, which the import tools cannot escape");
        }
        return (EscapeBackslashes(string.Join(Neo4jImportFormat.ArrayDelimiter, elements)), true);
    }

    /// <summary>Doubles every backslash: Neo4j's CSV reader turns <c>\\</c> back into one and would read <c>\"</c> as a quote.</summary>
    public static string EscapeBackslashes(string text) =>
        text.Contains(Neo4jImportFormat.Backslash)
            ? text.Replace("\\", "\\\\", StringComparison.Ordinal)
            : text;

    /// <summary>The inverse of <see cref="EscapeBackslashes"/>, for readers of the files.</summary>
    public static string UnescapeBackslashes(string text)
    {
        if (!text.Contains(Neo4jImportFormat.Backslash)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Neo4jImportFormat.Backslash && i + 1 < text.Length && text[i + 1] == Neo4jImportFormat.Backslash) i++;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
