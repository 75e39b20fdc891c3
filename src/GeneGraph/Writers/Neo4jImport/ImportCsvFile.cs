using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// Writes one CSV file of a bundle with CsvHelper: UTF-8 without BOM, <c>\n</c> line ends, comma-separated, the
/// header unquoted, each field quoted or not as <see cref="ImportValue.Field"/> decided (a quote inside a quoted
/// field is doubled by CsvHelper; newlines stay inside the quotes).
/// </summary>
internal static class ImportCsvFile
{
    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        Delimiter = Neo4jImportFormat.Delimiter.ToString(),
        Quote = Neo4jImportFormat.Quote,
        Escape = Neo4jImportFormat.Quote,
        NewLine = "\n",
        HasHeaderRecord = false,
    };

    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<(string Text, bool Quoted)>> rows)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true))
        using (var csv = new CsvWriter(text, Configuration, leaveOpen: true))
        {
            foreach (var column in header) csv.WriteField(column, shouldQuote: false);
            csv.NextRecord();
            foreach (var row in rows)
            {
                if (row.Count != header.Count)
                    throw new InvalidOperationException($"{Path.GetFileName(path)}: a row of {row.Count} fields under a header of {header.Count}");
                foreach (var (value, quoted) in row) csv.WriteField(value, quoted);
                csv.NextRecord();
            }
            csv.Flush();
        }
        stream.Flush(flushToDisk: true);
    }
}
