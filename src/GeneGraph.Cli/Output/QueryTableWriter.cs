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

    private static void WriteTable(QueryResultTable table, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        // Piped into a file or another program, no terminal width applies: never wrap a cell.
        if (output == Console.Out && Console.IsOutputRedirected) console.Profile.Width = 1 << 12;
        var view = new Table().Border(TableBorder.Rounded);
        foreach (var column in table.Columns) view.AddColumn(new TableColumn(Markup.Escape(column)));
        foreach (var row in table.Rows)
            view.AddRow(row.Select(cell => new Text(cell is double d ? d.ToString("0.000", CultureInfo.InvariantCulture) : Text(cell).Replace(";", ", "))).ToArray());
        console.Write(view);
        console.WriteLine($"{table.Rows.Count} row(s)");
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
