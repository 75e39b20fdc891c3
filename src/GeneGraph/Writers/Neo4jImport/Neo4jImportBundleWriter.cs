using GeneGraph.Graph;
using GeneGraph.Schema;
using GeneGraph.Writers.Output;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>What a bundle holds: its folder and the files written, with their row counts.</summary>
public sealed record Neo4jImportBundle(
    string Folder,
    IReadOnlyList<(string File, int Rows)> NodeFiles,
    IReadOnlyList<(string File, int Rows)> RelationshipFiles);

/// <summary>
/// Writes a graph as a folder for Neo4j's offline importer (docs/neo4j-import.md): one CSV per label
/// (<c>nodes-Gene.csv</c>) and per relationship type (<c>relationships-CORRELATES_WITH.csv</c>) with typed
/// headers, an <c>import.sh</c> that runs the importer of whichever Neo4j it finds, and a README. Labels and types
/// without elements get no file. The folder is written atomically (<see cref="FolderTarget"/>), marked with
/// <see cref="Neo4jImportFormat.MarkerFileName"/>.
/// </summary>
public sealed class Neo4jImportBundleWriter : IGraphWriter
{
    private const string MarkerText =
        "A neo4j-import bundle written by GeneGraph. 'genegraph export --format neo4j-import' replaces a folder only when it holds this file.\n";

    public string FormatName => Neo4jImportFormat.FormatName;

    /// <summary>None: a bundle is a folder, chosen by its format name only.</summary>
    public string DefaultExtension => "";

    public OutputTarget TargetAt(string path) => Target(path);

    /// <summary>The bundle folder at <paramref name="folder"/>: replaced only when empty or a bundle of ours.</summary>
    public static FolderTarget Target(string folder) =>
        new(folder, "neo4j-import bundle", Neo4jImportFormat.MarkerFileName, MarkerText);

    string? IGraphWriter.Write(KnowledgeGraph graph, OutputTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target is not FolderTarget folder)
            throw new ArgumentException($"{FormatName} writes a folder, not a {target.GetType().Name}", nameof(target));
        var bundle = Write(graph, folder);
        return $"{bundle.NodeFiles.Count} node files, {bundle.RelationshipFiles.Count} relationship files; " +
               $"import with: bash {Path.Combine(target.Name, Neo4jImportFormat.ScriptFileName)}";
    }

    /// <summary>Writes the bundle of <paramref name="graph"/> to <paramref name="folder"/>, replacing a bundle of ours there.</summary>
    public Neo4jImportBundle Write(KnowledgeGraph graph, string folder) => Write(graph, Target(folder));

    /// <summary>Writes the bundle of <paramref name="graph"/> into <paramref name="target"/>.</summary>
    public static Neo4jImportBundle Write(KnowledgeGraph graph, FolderTarget target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(target);
        Neo4jImportBundle? bundle = null;
        target.Write(temp => bundle = WriteFiles(graph, temp));
        return bundle! with { Folder = target.FullPath };
    }

    /// <summary>Writes the bundle's files into the existing, empty folder <paramref name="folder"/>.</summary>
    public static Neo4jImportBundle WriteFiles(KnowledgeGraph graph, string folder)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodeFiles = WriteCsvFiles(folder, Enum.GetValues<NodeLabel>().Select(label => NodeFile(label, graph.NodesWithLabel(label).ToList())));
        var relationshipFiles = WriteCsvFiles(folder, RelationshipTypes.All.Select(type => RelationshipFile(type, graph.EdgesOfType(type).ToList())));

        var script = Path.Combine(folder, Neo4jImportFormat.ScriptFileName);
        File.WriteAllText(script, ImportScript.Text(nodeFiles.ConvertAll(f => f.Item1), relationshipFiles.ConvertAll(f => f.Item1)));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, File.GetUnixFileMode(script) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        File.WriteAllText(Path.Combine(folder, Neo4jImportFormat.ReadmeFileName), BundleReadme.Text(nodeFiles, relationshipFiles, graph.Properties));
        return new Neo4jImportBundle(Path.GetFullPath(folder), nodeFiles, relationshipFiles);
    }

    /// <summary>One CSV file of the bundle: its name, how many elements it holds, its header and its rows (made as it is written).</summary>
    private sealed record CsvFile(string Name, int Count, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<(string, bool)>> Rows);

    private static CsvFile NodeFile(NodeLabel label, List<GraphNode> nodes)
    {
        var columns = NodeColumns(label, nodes);
        return new(Neo4jImportFormat.NodeFileName(label), nodes.Count, NodeHeader(label, columns), NodeRows(nodes, columns));
    }

    private static CsvFile RelationshipFile(RelationshipType type, List<GraphEdge> edges)
    {
        var columns = EdgeColumns(type, edges);
        return new(Neo4jImportFormat.RelationshipFileName(type), edges.Count, RelationshipHeader(type, columns), EdgeRows(edges, columns));
    }

    /// <summary>Writes every file that holds an element (labels and types without elements get none); returns their names and row counts.</summary>
    private static List<(string File, int Rows)> WriteCsvFiles(string folder, IEnumerable<CsvFile> files)
    {
        var written = new List<(string, int)>();
        foreach (var file in files)
        {
            if (file.Count == 0) continue;
            ImportCsvFile.Write(Path.Combine(folder, file.Name), file.Header, file.Rows);
            written.Add((file.Name, file.Count));
        }
        return written;
    }

    public static IReadOnlyList<ImportColumn> NodeColumns(NodeLabel label, IEnumerable<GraphNode> nodes) =>
        ImportColumn.Collect(nodes.Select(n => n.Properties), GraphSchema.Of(label).Properties, "node properties");

    public static IReadOnlyList<ImportColumn> EdgeColumns(RelationshipType type, IEnumerable<GraphEdge> edges) =>
        ImportColumn.Collect(edges.Select(e => e.Properties), GraphSchema.Of(type).Properties, type.Name() + " properties");

    /// <summary><c>id:ID(Gene),:LABEL,</c> then the property columns.</summary>
    public static IReadOnlyList<string> NodeHeader(NodeLabel label, IReadOnlyList<ImportColumn> columns) =>
        [$"{GraphSchema.Key.Name}:ID({label})", ":LABEL", .. columns.Select(c => c.Header)];

    /// <summary><c>:START_ID(Locus),:END_ID(Trait),:TYPE,</c> then the property columns.</summary>
    public static IReadOnlyList<string> RelationshipHeader(RelationshipType type, IReadOnlyList<ImportColumn> columns)
    {
        var (from, to) = type.Endpoints();
        return [$":START_ID({from})", $":END_ID({to})", ":TYPE", .. columns.Select(c => c.Header)];
    }

    private static IEnumerable<IReadOnlyList<(string, bool)>> NodeRows(IEnumerable<GraphNode> nodes, IReadOnlyList<ImportColumn> columns)
    {
        foreach (var node in nodes)
        {
            var row = new List<(string, bool)>(columns.Count + 2)
            {
                ImportValue.Field(node.Key, GraphSchema.Key.Type, node.Uid),
                (node.Label.ToString(), false),
            };
            AddProperties(row, columns, node.Properties, node.Sources, node.Uid);
            yield return row;
        }
    }

    private static IEnumerable<IReadOnlyList<(string, bool)>> EdgeRows(IEnumerable<GraphEdge> edges, IReadOnlyList<ImportColumn> columns)
    {
        foreach (var edge in edges)
        {
            var row = new List<(string, bool)>(columns.Count + 3)
            {
                ImportValue.Field(edge.Source.Key, GraphSchema.Key.Type, edge.Uid),
                ImportValue.Field(edge.Target.Key, GraphSchema.Key.Type, edge.Uid),
                (edge.Type.Name(), false),
            };
            AddProperties(row, columns, edge.Properties, edge.Sources, edge.Uid);
            yield return row;
        }
    }

    private static void AddProperties(
        List<(string, bool)> row, IReadOnlyList<ImportColumn> columns, PropertyBag properties, SourceList sources, string uid)
    {
        foreach (var column in columns)
        {
            var value = ReferenceEquals(column, ImportColumn.Sources)
                ? sources.Select(s => s.ToString()).ToArray()
                : properties[column.Property];
            row.Add(ImportValue.Field(value, column.Type, $"{uid}.{column.Property}"));
        }
    }
}
