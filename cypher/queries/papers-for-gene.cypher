// The papers behind a gene: Consensus claims that mention it.
// Parameters: $gene (string, a gene symbol in any case, e.g. 'LIF' or 'lif')
// Columns: paper (id), url, question, claim. Runs on Neo4j 3.1 through 5.x.
// Names match with case, spaces, '_', '-' and '.' ignored ('pa_sys', 'PA-SYS', 'pa sys' and 'PA_sys' all name PA_sys),
// as `genegraph query` matches them.
WITH toLower(replace(replace(replace(replace(coalesce($gene, ''), ' ', ''), '_', ''), '-', ''), '.', '')) AS wanted
MATCH (g:Gene)
WHERE toLower(replace(replace(replace(replace(g.id, ' ', ''), '_', ''), '-', ''), '.', '')) = wanted
MATCH (p:Paper)-[m:MENTIONS]->(g)
RETURN p.id AS paper, p.url AS url, p.question AS question, m.claim AS claim
ORDER BY paper
