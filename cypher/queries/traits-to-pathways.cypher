// Which pathways are linked to a trait, through which genes, and how strongly?
// Walk: (Trait)<-[:CORRELATES_WITH {r}]-(Locus)<-[:HAS_LOCUS]-(Gene)-[:IN_PATHWAY]->(Pathway)
// Parameters: $trait (string, a Trait id such as 'sPAP'; null for every trait)
// Columns: trait, pathway (id), name, geneCount, meanAbsR (mean |r| of the correlations walked), genes
// Order: trait, then most genes, then strongest mean |r|, then pathway id. Runs on Neo4j 3.1 through 5.x.
MATCH (t:Trait)<-[c:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(g:Gene)-[:IN_PATHWAY]->(p:Pathway)
WHERE $trait IS NULL OR t.id = $trait
WITH t, p, count(DISTINCT g) AS geneCount, avg(c.absR) AS meanAbsR, collect(DISTINCT g.id) AS genes
RETURN t.id AS trait, p.id AS pathway, p.name AS name, geneCount, meanAbsR, genes
ORDER BY trait, geneCount DESC, meanAbsR DESC, pathway
