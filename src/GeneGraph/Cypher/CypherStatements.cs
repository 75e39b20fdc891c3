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
    public static string MergeRelationships(RelationshipType type)
    {
        var (from, to) = type.Endpoints();
        return $"UNWIND $rows AS row MATCH (a:{from} {{id: row.from}}) MATCH (b:{to} {{id: row.to}}) " +
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
