using GeneGraph.Schema;

namespace GeneGraph.Writers.Neo4jImport;

/// <summary>
/// The fixed choices of a neo4j-import bundle (docs/neo4j-import.md): file names, the field delimiter, the array
/// delimiter, the quote character and the marker file that tells a bundle folder of ours from any other folder.
/// </summary>
public static class Neo4jImportFormat
{
    /// <summary>The name used on the command line.</summary>
    public const string FormatName = "neo4j-import";

    /// <summary>Between fields: a comma, Neo4j's default.</summary>
    public const char Delimiter = ',';

    /// <summary>
    /// Between the elements of an array value: U+001F (INFORMATION SEPARATOR ONE, "unit separator"). Note text,
    /// file names and URLs do not contain it, while Neo4j's default <c>;</c> is common in them. An element that
    /// does contain it cannot be written (the import tools have no way to escape it) and is refused.
    /// </summary>
    public const char ArrayDelimiter = '\u001F';

    /// <summary>Around every string value: the double quote; a quote inside a value is doubled.</summary>
    public const char Quote = '"';

    /// <summary>
    /// Neo4j 3.x always reads <c>\"</c> and <c>\\</c> inside quotes as escapes (4.x/5.x with
    /// <c>--legacy-style-quoting=true</c>), so every backslash of a string value is written doubled.
    /// </summary>
    public const char Backslash = '\\';

    /// <summary>The file that marks a folder as a GeneGraph bundle; only such a folder is ever replaced.</summary>
    public const string MarkerFileName = ".genegraph-neo4j-import";

    public const string ScriptFileName = "import.sh";

    public const string ReadmeFileName = "README.md";

    public static string NodeFileName(NodeLabel label) => $"nodes-{label}.csv";

    public static string RelationshipFileName(RelationshipType type) => $"relationships-{type.QualifiedName()}.csv";
}
