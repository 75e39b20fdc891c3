// A gene's neighbourhood: everything one relationship away, and the traits its loci correlate with.
// Parameters: $gene (string, a Gene id: the upper-case symbol, e.g. 'LIF')
// Columns: relationship, direction ('out' or 'in'), label, id, name, r (for traits through loci, else null)
// Runs on Neo4j 3.1 through 5.x.
MATCH (g:Gene {id: $gene})-[rel]->(n)
RETURN type(rel) AS relationship, 'out' AS direction, labels(n)[0] AS label, n.id AS id,
       coalesce(n.name, n.symbol, n.id) AS name, null AS r
UNION ALL
MATCH (g:Gene {id: $gene})<-[rel]-(n)
RETURN type(rel) AS relationship, 'in' AS direction, labels(n)[0] AS label, n.id AS id,
       coalesce(n.name, n.symbol, n.id) AS name, null AS r
UNION ALL
MATCH (g:Gene {id: $gene})-[:HAS_LOCUS]->(l:Locus)-[c:CORRELATES_WITH]->(t:Trait)
RETURN 'CORRELATES_WITH' AS relationship, 'via ' + l.id AS direction, 'Trait' AS label, t.id AS id,
       t.name AS name, c.r AS r
