// Pathways shared by two traits: reached from both through correlated loci of their genes.
// Parameters: $traitA, $traitB (strings, Trait ids, e.g. 'sPAP' and 'mPAP')
// Columns: pathway (id), name, genesA (genes reaching it from traitA), genesB, geneCount (distinct genes of both)
// Order: most genes first, then pathway id. Runs on Neo4j 3.1 through 5.x.
MATCH (:Trait {id: $traitA})<-[:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(ga:Gene)-[:IN_PATHWAY]->(p:Pathway)
WITH p, collect(DISTINCT ga.id) AS genesA
MATCH (:Trait {id: $traitB})<-[:CORRELATES_WITH]-(:Locus)<-[:HAS_LOCUS]-(gb:Gene)-[:IN_PATHWAY]->(p)
WITH p, genesA, collect(DISTINCT gb.id) AS genesB
WITH p, genesA, genesB, size(genesA + [x IN genesB WHERE NOT x IN genesA]) AS geneCount
RETURN p.id AS pathway, p.name AS name, genesA, genesB, geneCount
ORDER BY geneCount DESC, pathway
