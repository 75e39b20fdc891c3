using System.Text;
using GeneGraph.Schema;

namespace GeneGraph.Cypher;

/// <summary>
/// The schema statements the loader sends, and the add-only MERGE statements of the Cypher script export (the
/// loader's own writes are <see cref="SyncStatements"/>). Labels and relationship types come from the fixed enums of the graph
/// model, never from note text; every value travels as a parameter.
/// </summary>
public static class CypherStatements
{
    private static readonly string Key = GraphSchema.Key.Name;

    /// <summary>
    /// Nodes of one label, one batch: <c>$rows</c> is a list of <c>{id, properties}</c>. <c>SET n = …</c> replaces every
    /// property, so loading again after an edit leaves exactly the new values.
    /// </summary>
    public static string MergeNodes(NodeLabel label) =>
        $"UNWIND $rows AS row MERGE (n:{label} {{{Key}: row.{GraphRows.KeyField}}}) SET n = row.{GraphRows.PropertiesField}";

    /// <summary>Relationships of one type, one batch: <c>$rows</c> is a list of <c>{from, to, properties}</c>.</summary>
    /// <remarks>
    /// On a 3.x server the statement asks for the rule planner. 3.1's cost planner plans it once, from index samples
    /// taken while the labels were still empty, and picks a hash join over a scan of the whole <c>:Locus(id)</c>
    /// index for every row: each row costs a scan, so a load grows with the square of its size (5k genes: 62 s,
    /// of which 55 s in the first HAS_LOCUS batch) until the plan is discarded as stale. The rule planner always
    /// seeks the unique index (5k genes: 9.4 s). 4.0 removed the rule planner; later servers get the plain statement.
    /// </remarks>
    public static string MergeRelationships(RelationshipType type, Version? serverVersion = null)
    {
        var (from, to) = type.Endpoints();
        var planner = serverVersion is { Major: 3 } ? "CYPHER planner=rule " : "";
        return $"{planner}UNWIND $rows AS row MATCH (a:{from} {{{Key}: row.{GraphRows.FromField}}}) MATCH (b:{to} {{{Key}: row.{GraphRows.ToField}}}) " +
               $"MERGE (a)-[r:{type.Name()}]->(b) SET r = row.{GraphRows.PropertiesField}";
    }

    /// <summary>
    /// Uniqueness constraints on every label's key, then the indexes <see cref="NodeDeclaration.Indexed"/> declares,
    /// in the syntax of the server's version.
    /// </summary>
    public static IReadOnlyList<string> Schema(Version? serverVersion)
    {
        var modern = serverVersion is { } v && (v.Major > 4 || (v.Major == 4 && v.Minor >= 4));
        var nodes = Enum.GetValues<NodeLabel>().Select(GraphSchema.Of).ToList();
        var constraints = nodes.Select(node => modern
            ? $"CREATE CONSTRAINT {SchemaName(node.Label, GraphSchema.Key)} IF NOT EXISTS FOR (n:{node.Label}) REQUIRE n.{Key} IS UNIQUE"
            : $"CREATE CONSTRAINT ON (n:{node.Label}) ASSERT n.{Key} IS UNIQUE");
        var indexes = nodes.SelectMany(node => node.Indexed.Select(property => modern
            ? $"CREATE INDEX {SchemaName(node.Label, property)} IF NOT EXISTS FOR (n:{node.Label}) ON (n.{property.Name})"
            : $"CREATE INDEX ON :{node.Label}({property.Name})"));
        return [.. constraints, .. indexes];
    }

    /// <summary>The name of a constraint or index on one property of a label: <c>gene_id</c>, <c>gene_ensembl_id</c>.</summary>
    private static string SchemaName(NodeLabel label, Property property)
    {
        var name = new StringBuilder(label.ToString().ToLowerInvariant()).Append('_');
        foreach (var c in property.Name)
        {
            if (char.IsAsciiLetterUpper(c)) name.Append('_').Append(char.ToLowerInvariant(c));
            else name.Append(c);
        }
        return name.ToString();
    }
}
