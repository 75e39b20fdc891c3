// Which pathways are linked to a trait, through which genes, and how strongly?
// Walk: (Trait)<-[:CORRELATES_WITH {r}]-(Locus)<-[:HAS_LOCUS]-(Gene)-[:IN_PATHWAY]->(Pathway)
// Parameters: $trait (string, a Trait's name such as 'sPAP' or 'spap'; null for every trait),
//             $minAbsR (float, the smallest |r| walked; 0 for every correlation),
//             $sign (1 for positive r only, -1 for negative only, 0 for both)
// Columns: trait, pathway (id), name, geneCount, meanAbsR (mean |r| of the correlations walked), genes
// Order: trait, then most genes, then strongest mean |r|, then pathway id. Runs on Neo4j 3.1 through 5.x.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($trait, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (t:Trait)
WHERE $trait IS NULL OR toLower(replace(replace(replace(replace(t.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (t)<-[c:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(g:Gene)-[:IN_PATHWAY]->(p:Pathway)
WHERE c.absR >= $minAbsR AND ($sign = 0 OR ($sign > 0 AND c.r > 0) OR ($sign < 0 AND c.r < 0))
WITH t, p, count(DISTINCT g) AS geneCount, avg(c.absR) AS meanAbsR, collect(DISTINCT g.id) AS genes
RETURN t.id AS trait, p.id AS pathway, p.name AS name, geneCount, meanAbsR, genes
ORDER BY trait, geneCount DESC, meanAbsR DESC, pathway
