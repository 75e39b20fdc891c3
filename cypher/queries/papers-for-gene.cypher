// The papers behind a gene: Consensus claims that mention it.
// Parameters: $gene (string, a gene symbol in any case, e.g. 'LIF' or 'lif')
// Columns: paper (id), url, question, claim. Runs on Neo4j 3.1 through 5.x.
// Names match by their letters and digits, case ignored ('pa_sys', 'PA-SYS' and 'PA_sys' all name PA_sys), as
// `genegraph query` matches them.
WITH [i IN range(0, size(coalesce($gene, '')) - 1) WHERE substring(coalesce($gene, ''), i, 1) =~ '[\\p{L}\\p{Nd}]' | toLower(substring(coalesce($gene, ''), i, 1))] AS wanted
MATCH (g:Gene)
WHERE [i IN range(0, size(g.id) - 1) WHERE substring(g.id, i, 1) =~ '[\\p{L}\\p{Nd}]' | toLower(substring(g.id, i, 1))] = wanted
MATCH (p:Paper)-[m:MENTIONS]->(g)
RETURN p.id AS paper, p.url AS url, p.question AS question, m.claim AS claim
ORDER BY paper
