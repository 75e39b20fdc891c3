using System.Globalization;
using System.Text.Json;
using CsvHelper;
using GeneGraph.Queries;
using GeneGraph.Values;
using Spectre.Console;

namespace GeneGraph.Cli.Output;

/// <summary>Writes a question's answer as a terminal table, CSV (lists joined by ';') or JSON (lists as arrays).</summary>
internal static class QueryTableWriter
{
    public static readonly string[] Formats = ["table", "csv", "json"];

    public static void Write(QueryResultTable table, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv": WriteCsv(table, output); break;
            case "json": WriteJson(table, output); break;
            default: WriteTable(table, output); break;
        }
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        double d => NumberText.RoundTrip(d),
        IEnumerable<string> list => string.Join(";", list),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Columns a terminal table leaves out: |r| is the r beside it, the plot's file name is for scripts.</summary>
    private static readonly string[] LeftOutOfTables = ["absR", "plot"];

    /// <summary>The longest URL a table shows whole; longer ones keep their host and the end of their path.</summary>
    internal const int UrlWidth = 40;

    /// <summary>
    /// A table for a terminal of 80–120 columns: a node's name rather than its id and name side by side (the name
    /// under the id's header, the id where there is no name), long URLs shortened, the long texts wrapped to the
    /// terminal's width, and the columns only scripts need left out (said under the table). Piped, the width is
    /// <c>COLUMNS</c> when set, else no cell is wrapped.
    /// </summary>
    private static void WriteTable(QueryResultTable table, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (output == Console.Out && Console.IsOutputRedirected)
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 1 << 12;
        var shown = Enumerable.Range(0, table.Columns.Count).Where(i => Shown(table.Columns, i)).ToList();
        var cells = table.Rows.Select(row => shown.Select(i => TableText(table.Columns[i], Cell(table.Columns, row, i))).ToArray()).ToList();
        var view = new Table().Border(TableBorder.Rounded);
        for (var c = 0; c < shown.Count; c++)
        {
            var column = new TableColumn(Markup.Escape(Header(table.Columns, shown[c])));
            // ids, symbols and loci stay whole; the texts around them wrap
            if (cells.All(row => row[c].Length <= WholeWidth && !row[c].Contains(' ', StringComparison.Ordinal))) column.NoWrap();
            view.AddColumn(column);
        }
        foreach (var row in cells)
            view.AddRow(row.Select(text => new Text(text)).ToArray());
        console.Write(view);
        var leftOut = table.Columns.Where((_, i) => !shown.Contains(i) && !IsIdBeforeName(table.Columns, i)).ToList();
        console.WriteLine($"{table.Rows.Count} row(s)" + (leftOut.Count == 0 ? ""
            : $"; not in the table: {string.Join(", ", leftOut)} (--format csv or json has every column)"));
    }

    private static bool IsIdBeforeName(IReadOnlyList<string> columns, int i) =>
        i + 1 < columns.Count && columns[i + 1] == NameColumn;

    private const string NameColumn = "name";

    private static bool Shown(IReadOnlyList<string> columns, int i) =>
        !IsIdBeforeName(columns, i) && !(LeftOutOfTables.Contains(columns[i]) && (columns[i] != "absR" || columns.Contains("r")));

    /// <summary>The name column takes the header of the id it stands for (<c>pathway</c>), or <c>name</c> for a bare <c>id</c>.</summary>
    private static string Header(IReadOnlyList<string> columns, int i) =>
        columns[i] == NameColumn && i > 0 && columns[i - 1] != "id" ? columns[i - 1] : columns[i];

    /// <summary>The name, or the id where the node has none.</summary>
    private static object? Cell(IReadOnlyList<string> columns, IReadOnlyList<object?> row, int i) =>
        columns[i] == NameColumn && i > 0 && row[i] is null ? row[i - 1] : row[i];

    /// <summary>The widest cell of one word that a table never breaks (a locus: chr22:30247659-30247698).</summary>
    private const int WholeWidth = 24;

    private static string TableText(string column, object? cell) => cell switch
    {
        double d => d.ToString("0.000", CultureInfo.InvariantCulture),
        string id when column == "paper" && id.Length == 32 && id.All(char.IsAsciiHexDigitLower) => id[..8] + "…",
        IEnumerable<string> list => string.Join(", ", list),
        string url when IsLongUrl(url) => ShortUrl(url),
        _ => Text(cell),
    };

    private static bool IsLongUrl(string text) =>
        text.Length > UrlWidth && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary><c>consensus.app/…/0a1b2c3d4e5f6071</c>: the host and the last characters of the path, at most <see cref="UrlWidth"/>.</summary>
    internal static string ShortUrl(string url)
    {
        var uri = new Uri(url);
        var head = uri.Host + "/…";
        var path = uri.AbsolutePath.TrimEnd('/');
        var tail = path[Math.Max(0, path.Length - Math.Max(8, UrlWidth - head.Length))..];
        return head + tail;
    }

    private static void WriteCsv(QueryResultTable table, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in table.Columns) csv.WriteField(column);
        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row) csv.WriteField(Text(cell));
            csv.NextRecord();
        }
    }

    private static void WriteJson(QueryResultTable table, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    json.WritePropertyName(table.Columns[i]);
                    switch (row[i])
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case double d: json.WriteNumberValue(d); break;
                        case IEnumerable<string> list:
                            json.WriteStartArray();
                            foreach (var item in list) json.WriteStringValue(item);
                            json.WriteEndArray();
                            break;
                        default: json.WriteStringValue(Text(row[i])); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
