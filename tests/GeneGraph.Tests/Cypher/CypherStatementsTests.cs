using GeneGraph.Cypher;
using GeneGraph.Schema;

namespace GeneGraph.Tests.Cypher;

public sealed class CypherStatementsTests
{
    [Fact]
    public void Statements_name_only_the_fixed_labels_and_types_and_take_data_as_parameters()
    {
        foreach (var label in Enum.GetValues<NodeLabel>())
            Assert.Equal($"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n = row.properties", CypherStatements.MergeNodes(label));
        Assert.Equal(
            "UNWIND $rows AS row MATCH (a:Locus {id: row.from}) MATCH (b:Trait {id: row.to}) MERGE (a)-[r:CORRELATES_WITH]->(b) SET r = row.properties",
            CypherStatements.MergeRelationships(RelationshipType.CorrelatesWith));
    }

    [Fact]
    public void Relationships_ask_for_the_rule_planner_only_on_a_3x_server()
    {
        var plain = CypherStatements.MergeRelationships(RelationshipType.HasLocus);
        Assert.Equal("CYPHER planner=rule " + plain, CypherStatements.MergeRelationships(RelationshipType.HasLocus, new Version(3, 1, 1)));
        Assert.Equal("CYPHER planner=rule " + plain, CypherStatements.MergeRelationships(RelationshipType.HasLocus, new Version(3, 5, 35)));
        Assert.Equal(plain, CypherStatements.MergeRelationships(RelationshipType.HasLocus, new Version(4, 0)));
        Assert.Equal(plain, CypherStatements.MergeRelationships(RelationshipType.HasLocus, new Version(5, 26)));
        Assert.Equal(plain, CypherStatements.MergeRelationships(RelationshipType.HasLocus, null));
    }
}
