// The strongest loci per trait: correlations at or above a minimum |r|, optionally of one sign.
// Parameters: $trait (string or null for every trait), $minAbsR (float, e.g. 0.5),
//             $sign (1 for positive r only, -1 for negative only, 0 for both), $limit (integer)
// Columns: trait, locus, gene, r, absR, plot. Runs on Neo4j 3.1 through 5.x.
MATCH (t:Trait)<-[c:CORRELATES_WITH]-(l:Locus)<-[:HAS_LOCUS]-(g:Gene)
WHERE ($trait IS NULL OR t.id = $trait)
  AND c.absR >= $minAbsR
  AND ($sign = 0 OR ($sign > 0 AND c.r > 0) OR ($sign < 0 AND c.r < 0))
RETURN t.id AS trait, l.id AS locus, g.id AS gene, c.r AS r, c.absR AS absR, c.plot AS plot
ORDER BY trait, absR DESC, locus, gene
LIMIT $limit
