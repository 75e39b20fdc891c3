using System.Text;
using GeneGraph.Cypher;
using GeneGraph.Graph;
using GeneGraph.Schema;

namespace GeneGraph.Writers;

/// <summary>
/// A Cypher script that cypher-shell (or a paste into Neo4j Browser) runs: the schema first, then the same
/// MERGE batches as <c>genegraph load</c>, with the rows written as literals. Idempotent; one statement per line.
/// <c>cypher</c> writes Neo4j 4.4/5.x schema syntax, <c>cypher-3</c> the 3.x/4.0–4.3 syntax.
/// Add-only, by design: the pre-sync statements (<see cref="CypherStatements"/>), without the sync marks of
/// <c>genegraph load</c> and without deletes; a later load adopts what it wrote (docs/sync.md).
/// </summary>
public sealed class CypherScriptWriter(string formatName, Version schemaVersion) : StreamGraphWriter
{
    public const int RowsPerStatement = 500;

    public static CypherScriptWriter Modern { get; } = new("cypher", new Version(5, 0));

    public static CypherScriptWriter Neo4j3 { get; } = new("cypher-3", new Version(3, 5));

    public override string FormatName { get; } = formatName;

    public override string DefaultExtension => ".cypher";

    protected override void WriteGraph(KnowledgeGraph graph, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine($"// GeneGraph graph: {graph.NodeCount} nodes, {graph.EdgeCount} relationships. Idempotent: MERGE on every label's {GraphSchema.Key.Name}.");
        foreach (var (name, value) in graph.Properties) // a partial export's filters
            writer.WriteLine($"// A part of the vault's graph: {name} = {ValueText.Invariant(value)}");
        writer.WriteLine($"// Run: cypher-shell -u neo4j -f {{this file}}   (schema syntax of Neo4j {(schemaVersion.Major >= 5 ? "4.4, 5.x and 2025.x" : "3.x to 4.3")})");
        foreach (var statement in CypherStatements.Schema(schemaVersion))
            writer.WriteLine(statement + ";");
        foreach (var label in Enum.GetValues<NodeLabel>())
            WriteBatches(writer, CypherStatements.MergeNodes(label), graph.NodesWithLabel(label).Select(GraphRows.Node));
        foreach (var type in RelationshipTypes.All)
            WriteBatches(writer, CypherStatements.MergeRelationships(type), graph.EdgesOfType(type).Select(GraphRows.Relationship));
        writer.Flush();
    }

    private static void WriteBatches(StreamWriter writer, string statement, IEnumerable<Dictionary<string, object?>> rows)
    {
        var (head, tail) = SplitAtRows(statement);
        // One builder for every batch, written out chunk by chunk: a batch of 500 genes is ~1.5 M characters, and a
        // new builder plus its ToString copy per batch made the 20k script peak ~100 MB above the GraphML export.
        var sb = new StringBuilder();
        foreach (var batch in rows.Chunk(RowsPerStatement))
        {
            sb.Clear().Append(head);
            CypherLiteral.Append(sb, batch);
            sb.Append(tail).Append(';');
            writer.Write(sb);
            writer.WriteLine();
        }
    }

    /// <summary>The loader's statement around its <c>$rows</c> parameter, where the literal rows go.</summary>
    private static (string Head, string Tail) SplitAtRows(string statement)
    {
        const string parameter = "$rows";
        var at = statement.IndexOf(parameter, StringComparison.Ordinal);
        return (statement[..at], statement[(at + parameter.Length)..]);
    }
}
