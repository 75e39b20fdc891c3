// Genes whose loci correlate with one trait in opposite signs (some r > 0, some r < 0): worth a look before
// reading the gene's correlations as one effect. `genegraph check` lists them as notes (GG501).
// Parameters: $trait (string, a Trait's name such as 'mPAP'; null for every trait),
//             $minAbsR (float, only correlations with |r| at least this count; 0 for all)
// Columns: trait, gene, loci, positive, negative, minR, maxR
// Order: trait, then gene.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($trait, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (t:Trait)
WHERE $trait IS NULL OR toLower(replace(replace(replace(replace(t.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (g:Gene)-[:HAS_LOCUS]->(:Locus)-[c:CORRELATES_WITH]->(t)
WHERE c.absR >= $minAbsR
WITH t, g, count(c) AS loci, sum(CASE WHEN c.r > 0 THEN 1 ELSE 0 END) AS positive,
     sum(CASE WHEN c.r < 0 THEN 1 ELSE 0 END) AS negative, min(c.r) AS minR, max(c.r) AS maxR
WHERE positive > 0 AND negative > 0
RETURN t.id AS trait, g.id AS gene, loci, positive, negative, minR, maxR
ORDER BY trait, gene
