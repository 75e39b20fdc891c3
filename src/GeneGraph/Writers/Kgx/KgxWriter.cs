using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using GeneGraph.Graph;
using GeneGraph.Writers.Output;

namespace GeneGraph.Writers.Kgx;

/// <summary>
/// Writes the graph in the Biolink model's KGX exchange format (docs/kgx.md): a folder with <c>nodes.tsv</c> and
/// <c>edges.tsv</c> (<see cref="Tsv"/>) or <c>nodes.jsonl</c> and <c>edges.jsonl</c> (<see cref="JsonLines"/>),
/// written whole or not at all (<see cref="FolderTarget"/>).
/// </summary>
public sealed class KgxWriter : IGraphWriter
{
    private const string MarkerText =
        "A KGX export written by GeneGraph. 'genegraph export --format kgx|kgx-jsonl' replaces a folder only when it holds this file.\n";

    private static readonly CsvConfiguration TsvConfiguration = new(CultureInfo.InvariantCulture)
    {
        Delimiter = "\t",
        NewLine = "\n",
        HasHeaderRecord = false,
    };

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly bool _jsonLines;

    private KgxWriter(bool jsonLines, string knowledgeSource)
    {
        _jsonLines = jsonLines;
        KnowledgeSource = knowledgeSource;
    }

    public static KgxWriter Tsv { get; } = new(jsonLines: false, KgxFormat.DefaultKnowledgeSource);

    public static KgxWriter JsonLines { get; } = new(jsonLines: true, KgxFormat.DefaultKnowledgeSource);

    /// <summary>The <c>infores:</c> CURIE written as every node's <c>provided_by</c> and every edge's <c>primary_knowledge_source</c>.</summary>
    public string KnowledgeSource { get; }

    public string FormatName => _jsonLines ? KgxFormat.JsonLinesFormatName : KgxFormat.TsvFormatName;

    /// <summary>None: a KGX export is a folder, chosen by its format name only.</summary>
    public string DefaultExtension => "";

    public string NodesFileName => _jsonLines ? "nodes.jsonl" : "nodes.tsv";

    public string EdgesFileName => _jsonLines ? "edges.jsonl" : "edges.tsv";

    /// <summary>The same writer with the knowledge source of the vault named <paramref name="vaultName"/>.</summary>
    public KgxWriter ForVault(string vaultName) => new(_jsonLines, KgxFormat.KnowledgeSourceFor(vaultName));

    public OutputTarget TargetAt(string path) => new FolderTarget(path, "KGX export", KgxFormat.MarkerFileName, MarkerText);

    public string? Write(KnowledgeGraph graph, OutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (target is not FolderTarget folder)
            throw new ArgumentException($"{FormatName} writes a folder, not a {target?.GetType().Name}", nameof(target));
        var nodes = 0;
        var edges = 0;
        folder.Write(temp =>
        {
            nodes = WriteFile(Path.Combine(temp, NodesFileName), KgxFormat.NodeColumns, KgxRecords.Nodes(graph, KnowledgeSource));
            edges = WriteFile(Path.Combine(temp, EdgesFileName), KgxFormat.EdgeColumns, KgxRecords.Edges(graph, KnowledgeSource));
            if (graph.Properties.Count > 0) WriteSelection(Path.Combine(temp, KgxFormat.SelectionFileName), graph.Properties);
        });
        return $"{NodesFileName} ({nodes} nodes), {EdgesFileName} ({edges} edges)";
    }

    /// <summary>A partial export's filters (the graph's properties) as one JSON object: KGX files have no graph-level record.</summary>
    private static void WriteSelection(string path, PropertyBag properties)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using (var json = new Utf8JsonWriter(stream, JsonOptions with { Indented = true, IndentSize = 2, NewLine = "\n" }))
        {
            json.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                json.WritePropertyName(name);
                JsonPropertyValue.Write(json, value);
            }
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        stream.Flush(flushToDisk: true);
    }

    private int WriteFile(string path, IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, KgxValue>> records)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var count = _jsonLines ? WriteJsonLines(stream, columns, records) : WriteTsv(stream, columns, records);
        stream.Flush(flushToDisk: true);
        return count;
    }

    private static int WriteTsv(Stream stream, IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, KgxValue>> records)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        using var tsv = new CsvWriter(text, TsvConfiguration, leaveOpen: true);
        foreach (var column in columns) tsv.WriteField(column);
        tsv.NextRecord();
        var count = 0;
        foreach (var record in records)
        {
            foreach (var column in columns)
                tsv.WriteField(record.TryGetValue(column, out var value) ? TsvField(value) : "");
            tsv.NextRecord();
            count++;
        }
        tsv.Flush();
        return count;
    }

    private static int WriteJsonLines(Stream stream, IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, KgxValue>> records)
    {
        var count = 0;
        foreach (var record in records)
        {
            using (var json = new Utf8JsonWriter(stream, JsonOptions))
            {
                json.WriteStartObject();
                foreach (var column in columns.Where(record.ContainsKey))
                {
                    json.WritePropertyName(column);
                    switch (record[column])
                    {
                        case KgxValue.Text text: json.WriteStringValue(text.Value); break;
                        case KgxValue.Number number: JsonPropertyValue.Write(json, number.Value); break;
                        case KgxValue.List list:
                            json.WriteStartArray();
                            foreach (var item in list.Values) json.WriteStringValue(item);
                            json.WriteEndArray();
                            break;
                    }
                }
                json.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
            count++;
        }
        return count;
    }

    /// <summary>A value as one TSV field; a <c>|</c> inside a list item (a URL's) is percent-encoded, as a URL may be.</summary>
    private static string TsvField(KgxValue value) => value switch
    {
        KgxValue.Text text => text.Value,
        KgxValue.Number number => ValueText.Double(number.Value),
        KgxValue.List list => string.Join(KgxFormat.ListSeparator,
            list.Values.Select(v => v.Replace(KgxFormat.ListSeparator.ToString(), "%7C", StringComparison.Ordinal))),
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };
}
