// Pathways shared by two traits: reached from both through correlated loci of their genes.
// Parameters: $traitA, $traitB (strings, Trait names, e.g. 'sPAP' and 'mpap'),
//             $minAbsR (float, the smallest |r| walked; 0 for every correlation),
//             $sign (1 for positive r only, -1 for negative only, 0 for both)
// Columns: pathway (id), name, genesA (genes reaching it from traitA), genesB, geneCount (distinct genes of both)
// Order: most genes first, then pathway id. Runs on Neo4j 3.1 through 5.x.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($traitA, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wantedA,
     toLower(replace(replace(replace(replace(coalesce($traitB, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wantedB
MATCH (ta:Trait)
WHERE toLower(replace(replace(replace(replace(ta.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wantedA
MATCH (ta)<-[ca:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(ga:Gene)-[:IN_PATHWAY]->(p:Pathway)
WHERE ca.absR >= $minAbsR AND ($sign = 0 OR ($sign > 0 AND ca.r > 0) OR ($sign < 0 AND ca.r < 0))
WITH wantedB, p, collect(DISTINCT ga.id) AS genesA
MATCH (tb:Trait)
WHERE toLower(replace(replace(replace(replace(tb.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wantedB
MATCH (tb)<-[cb:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(gb:Gene)-[:IN_PATHWAY]->(p)
WHERE cb.absR >= $minAbsR AND ($sign = 0 OR ($sign > 0 AND cb.r > 0) OR ($sign < 0 AND cb.r < 0))
WITH p, genesA, collect(DISTINCT gb.id) AS genesB
WITH p, genesA, genesB, size(genesA + [x IN genesB WHERE NOT x IN genesA]) AS geneCount
RETURN p.id AS pathway, p.name AS name, genesA, genesB, geneCount
ORDER BY geneCount DESC, pathway
