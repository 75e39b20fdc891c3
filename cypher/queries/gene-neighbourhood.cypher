// A gene's neighbourhood: everything one relationship away, and the traits its loci correlate with.
// Parameters: $gene (string, a gene symbol in any case, e.g. 'LIF' or 'lif'),
//             $minAbsR (float, the smallest |r| of the correlations listed; 0 for all),
//             $sign (1 for positive r only, -1 for negative only, 0 for both)
// Columns: relationship, direction ('out' or 'in'), label, id, name, r (for traits through loci, else null)
// Runs on Neo4j 3.1 through 5.x.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($gene, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (g:Gene)
WHERE toLower(replace(replace(replace(replace(g.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (g)-[rel]->(n)
RETURN type(rel) AS relationship, 'out' AS direction, labels(n)[0] AS label, n.id AS id,
       coalesce(n.name, n.symbol, n.id) AS name, null AS r
UNION ALL
WITH toLower(replace(replace(replace(replace(coalesce($gene, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (g:Gene)
WHERE toLower(replace(replace(replace(replace(g.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (g)<-[rel]-(n)
RETURN type(rel) AS relationship, 'in' AS direction, labels(n)[0] AS label, n.id AS id,
       coalesce(n.name, n.symbol, n.id) AS name, null AS r
UNION ALL
WITH toLower(replace(replace(replace(replace(coalesce($gene, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (g:Gene)
WHERE toLower(replace(replace(replace(replace(g.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (g)-[:HAS_LOCUS]->(l:Locus)-[c:CORRELATES_WITH]->(t:Trait)
WHERE c.absR >= $minAbsR AND ($sign = 0 OR ($sign > 0 AND c.r > 0) OR ($sign < 0 AND c.r < 0))
RETURN 'CORRELATES_WITH' AS relationship, 'via ' + l.id AS direction, 'Trait' AS label, t.id AS id,
       t.name AS name, c.r AS r
