// The strongest correlations: those at or above a minimum |r|, optionally of one sign, strongest first over
// every trait (or of the one trait given).
// Parameters: $trait (string, a Trait's name; null for every trait), $minAbsR (float, e.g. 0.5),
//             $sign (1 for positive r only, -1 for negative only, 0 for both), $limit (integer)
// Columns: trait, locus, gene, r, absR, plot
// Order: strongest |r| first, then trait, locus, gene. Runs on Neo4j 3.1 through 5.x.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($trait, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (t:Trait)
WHERE $trait IS NULL OR toLower(replace(replace(replace(replace(t.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (t)<-[c:CORRELATES_WITH]-(l:Locus)<-[:HAS_LOCUS]-(g:Gene)
WHERE c.absR >= $minAbsR AND ($sign = 0 OR ($sign > 0 AND c.r > 0) OR ($sign < 0 AND c.r < 0))
RETURN t.id AS trait, l.id AS locus, g.id AS gene, c.r AS r, c.absR AS absR, c.plot AS plot
ORDER BY absR DESC, trait, locus, gene
LIMIT $limit
