// Which diseases are linked to a trait, through which genes, and how strongly?
// Walk: (Trait)<-[:CORRELATES_WITH {r}]-(Locus)<-[:HAS_LOCUS]-(Gene)-[:ASSOCIATED_WITH]->(Disease)
// Parameters: $trait (string, a Trait id; null for every trait)
// Columns: trait, disease (id), name, geneCount, meanAbsR, genes. Runs on Neo4j 3.1 through 5.x.
MATCH (t:Trait)<-[c:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(g:Gene)-[:ASSOCIATED_WITH]->(d:Disease)
WHERE $trait IS NULL OR t.id = $trait
WITH t, d, count(DISTINCT g) AS geneCount, avg(c.absR) AS meanAbsR, collect(DISTINCT g.id) AS genes
RETURN t.id AS trait, d.id AS disease, d.name AS name, geneCount, meanAbsR, genes
ORDER BY trait, geneCount DESC, meanAbsR DESC, disease
