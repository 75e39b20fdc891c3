// The papers behind a gene: Consensus claims that mention it.
// Parameters: $gene (string, a Gene id, e.g. 'LIF')
// Columns: paper (id), url, question, claim. Runs on Neo4j 3.1 through 5.x.
MATCH (p:Paper)-[m:MENTIONS]->(g:Gene {id: $gene})
RETURN p.id AS paper, p.url AS url, p.question AS question, m.claim AS claim
ORDER BY paper
