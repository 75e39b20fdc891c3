using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using GeneGraph.Writers.Neo4jImport;

namespace GeneGraph.Tests.Writers.Neo4jImport;

/// <summary>
/// Reads a bundle's CSV file back with CsvHelper and decodes it as Neo4j's importer does: the header's types,
/// every backslash pair as one backslash, arrays split on U+001F, an empty field as no value.
/// </summary>
internal static class BundleReader
{
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows);

    public static Table Read(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, NewLine = "\n" };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        Assert.True(csv.Read(), $"{path} has no header");
        var header = csv.Parser.Record!.ToList();
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        while (csv.Read())
        {
            var fields = csv.Parser.Record!;
            Assert.Equal(header.Count, fields.Length);
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
                row[header[i]] = Decode(header[i], fields[i]);
            rows.Add(row);
        }
        return new Table(header, rows);
    }

    /// <summary>The property name of a header column (<c>r:double</c> → <c>r</c>, <c>id:ID(Gene)</c> → <c>id</c>).</summary>
    public static string NameOf(string column) => column.Split(':')[0];

    private static object? Decode(string column, string field)
    {
        if (field.Length == 0) return null;
        var type = column.Contains(':', StringComparison.Ordinal) ? column[(column.IndexOf(':', StringComparison.Ordinal) + 1)..] : "string";
        return type switch
        {
            "long" => long.Parse(field, CultureInfo.InvariantCulture),
            "double" => double.Parse(field, CultureInfo.InvariantCulture),
            "boolean" => bool.Parse(field),
            "string[]" => ImportValue.UnescapeBackslashes(field).Split(Neo4jImportFormat.ArrayDelimiter),
            _ => ImportValue.UnescapeBackslashes(field),
        };
    }
}
