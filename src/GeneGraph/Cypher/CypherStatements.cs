using GeneGraph.Graph;

namespace GeneGraph.Cypher;

/// <summary>
/// The only Cypher text the loader sends. Labels and relationship types come from the fixed enums of the graph
/// model, never from note text; every value travels as a parameter.
/// </summary>
public static class CypherStatements
{
    /// <summary>
    /// Nodes of one label, one batch: <c>$rows</c> is a list of <c>{id, properties}</c>. <c>SET n = …</c> replaces every
    /// property, so loading again after an edit leaves exactly the new values.
    /// </summary>
    public static string MergeNodes(NodeLabel label) =>
        $"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n = row.properties";

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
        return $"{planner}UNWIND $rows AS row MATCH (a:{from} {{id: row.from}}) MATCH (b:{to} {{id: row.to}}) " +
               $"MERGE (a)-[r:{type.Name()}]->(b) SET r = row.properties";
    }

    /// <summary>Uniqueness constraints on every label's <c>id</c>, in the syntax of the server's version.</summary>
    public static IReadOnlyList<string> Schema(Version? serverVersion)
    {
        var modern = serverVersion is { } v && (v.Major > 4 || (v.Major == 4 && v.Minor >= 4));
        var constraints = Enum.GetValues<NodeLabel>().Select(label => modern
            ? $"CREATE CONSTRAINT {ConstraintName(label)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            : $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE");
        var indexes = modern
            ? new[]
            {
                "CREATE INDEX gene_ensembl_id IF NOT EXISTS FOR (n:Gene) ON (n.ensemblId)",
                "CREATE INDEX gene_ncbi_gene_id IF NOT EXISTS FOR (n:Gene) ON (n.ncbiGeneId)",
            }
            : ["CREATE INDEX ON :Gene(ensemblId)", "CREATE INDEX ON :Gene(ncbiGeneId)"];
        return [.. constraints, .. indexes];
    }

    private static string ConstraintName(NodeLabel label) => label.ToString().ToLowerInvariant() + "_id";
}
