// Traits → pathways enriched among the trait's genes, under q. Reads the derived ENRICHED_IN edges: load with
// `genegraph load <vault> --derived enrichment` (docs/enrichment.md says how p and q are computed).
// k of the trait's n genes are in the pathway, which K of the background's N genes are in.
// Parameters: $trait (string, a Trait's name such as 'sPAP' or 'spap'; null for every trait), $maxQ (double, the largest
// Benjamini–Hochberg q shown; 1 for every test)
// Columns: trait, pathway (id), name, k, n, K, N, fold, p, q, genes
// Order: trait, then q, then p, then pathway id.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($trait, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (t:Trait)
WHERE $trait IS NULL OR toLower(replace(replace(replace(replace(t.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (t)-[e:ENRICHED_IN]->(pw:Pathway)
WHERE e.q <= $maxQ
RETURN t.id AS trait, pw.id AS pathway, pw.name AS name, e.overlap AS k, e.traitGenes AS n, e.termGenes AS K,
       e.backgroundGenes AS N, e.fold AS fold, e.p AS p, e.q AS q, e.genes AS genes
ORDER BY trait, q, p, pathway
