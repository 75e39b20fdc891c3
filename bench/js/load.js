// The reference loader: the official Neo4j JavaScript driver (neo4j-driver@1.7.8, Bolt v1) sends the same
// statements as `genegraph load` (src/GeneGraph/Cypher/CypherStatements.cs, 3.x syntax) with the same rows
// (src/GeneGraph/Cypher/GraphRows.cs), read from a GeneGraph JSON export: schema first, then nodes per label and
// relationships per type in UNWIND batches, one write transaction per batch (relationships with the rule planner,
// as genegraph load asks for on a 3.x server: see CypherStatements.MergeRelationships).
//
// usage: node load.js <export.json> [batchSize] [--bound]   (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD from the environment)
// prints: rows N batches B nodesCreated X relationshipsCreated Y parseSeconds P loadSeconds L
//
// --bound: not a loader anyone should use, but a bound on what any client can get from this server for this graph in
// an empty database. It spares the server every index operation a row can cost: nodes are CREATEd with no constraint
// or index yet (no uniqueness check, no index entry per row), each returning its internal id; relationships are
// CREATEd between nodes found by those internal ids (no index seek); the constraints and indexes come last, built
// from the stored nodes in one pass. It gives up what makes a load safe (the uniqueness constraint guarding every
// write, idempotence), so GeneGraph does not load this way; bench/run.sh runs it to show how much of a first load's
// cost is the server's own, whatever the client sends.
'use strict';
const fs = require('fs');
const neo4j = require('neo4j-driver').v1;

const LABELS = ['Gene', 'Locus', 'Trait', 'Pathway', 'Disease', 'Paper', 'GoTerm'];
const TYPES = [
  ['HAS_LOCUS', 'Gene', 'Locus'], ['CORRELATES_WITH', 'Locus', 'Trait'], ['ASSOCIATED_WITH', 'Gene', 'Disease'],
  ['IN_PATHWAY', 'Gene', 'Pathway'], ['HAS_GO_ANNOTATION', 'Gene', 'GoTerm'], ['PARALOG_OF', 'Gene', 'Gene'],
  ['MENTIONS', 'Paper', 'Gene'],
];

function parseExport(path) {
  // JSON numbers lose the long/double distinction in JavaScript; GeneGraph writes doubles always with a fraction or
  // an exponent, so a bare integer is a long: mark those before parsing and send them as Neo4j integers.
  const text = fs.readFileSync(path, 'utf8').replace(/(":\s*)(-?\d+)(\s*[,\n}\]])/g, '$1{"__long":"$2"}$3');
  const data = JSON.parse(text);
  const value = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) && '__long' in v ? neo4j.int(v.__long) : v);
  const line = (l) => (l !== null && typeof l === 'object' ? Number(l.__long) : l);
  const sources = (list) => list.map((s) => (line(s.line) > 0 ? `${s.path}:${line(s.line)}` : s.path));
  const props = (p) => { const o = {}; for (const k of Object.keys(p)) o[k] = value(p[k]); return o; };
  const keyOf = (uid) => uid.substring(uid.indexOf(':') + 1);
  const nodes = new Map(LABELS.map((l) => [l, []]));
  for (const n of data.nodes) {
    const properties = props(n.properties);
    properties.id = n.key;
    properties.sources = sources(n.sources);
    nodes.get(n.label).push({ id: n.key, properties });
  }
  const edges = new Map(TYPES.map(([t]) => [t, []]));
  for (const e of data.edges) {
    const properties = props(e.properties);
    properties.sources = sources(e.sources);
    edges.get(e.type).push({ from: keyOf(e.source), to: keyOf(e.target), properties });
  }
  return { nodes, edges };
}

async function main() {
  const args = process.argv.slice(2);
  const bound = args.includes('--bound');
  const [path, batchArg] = args.filter((a) => a !== '--bound');
  const batchSize = Number(batchArg || 5000);
  const t0 = process.hrtime.bigint();
  const { nodes, edges } = parseExport(path);
  const t1 = process.hrtime.bigint();

  const driver = neo4j.driver(process.env.NEO4J_URI || 'bolt://127.0.0.1:7687',
    neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD || ''), { encrypted: false });
  const session = driver.session(neo4j.session.WRITE);
  const totals = { rows: 0, batches: 0, nodesCreated: 0, relationshipsCreated: 0 };
  const run = async (statement, rows) => {
    const result = await session.writeTransaction((tx) => tx.run(statement, rows ? { rows } : {}));
    totals.nodesCreated += result.summary.counters.nodesCreated();
    totals.relationshipsCreated += result.summary.counters.relationshipsCreated();
    return result;
  };
  const schema = async () => {
    for (const label of LABELS) await run(`CREATE CONSTRAINT ON (n:${label}) ASSERT n.id IS UNIQUE`);
    await run('CREATE INDEX ON :Gene(ensemblId)');
    await run('CREATE INDEX ON :Gene(ncbiGeneId)');
  };
  const batches = async (statement, rows, each) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const result = await run(statement, batch);
      if (each) each(result);
      totals.rows += batch.length;
      totals.batches++;
    }
  };
  try {
    if (!bound) {
      await schema();
      for (const label of LABELS)
        await batches(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.properties`, nodes.get(label));
      for (const [type, from, to] of TYPES)
        await batches(`CYPHER planner=rule UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) ` +
          `MERGE (a)-[r:${type}]->(b) SET r = row.properties`, edges.get(type));
    } else {
      const internal = new Map(); // label:id -> the node's internal id
      for (const label of LABELS)
        await batches(`UNWIND $rows AS row CREATE (n:${label}) SET n = row.properties RETURN row.id AS id, id(n) AS node`,
          nodes.get(label), (result) => { for (const r of result.records) internal.set(`${label}:${r.get('id')}`, r.get('node')); });
      for (const [type, from, to] of TYPES)
        await batches(`UNWIND $rows AS row MATCH (a) WHERE id(a) = row.a MATCH (b) WHERE id(b) = row.b CREATE (a)-[r:${type}]->(b) SET r = row.properties`,
          edges.get(type).map((e) => ({ a: internal.get(`${from}:${e.from}`), b: internal.get(`${to}:${e.to}`), properties: e.properties })));
      await schema();
    }
  } finally {
    session.close();
    driver.close();
  }
  const t2 = process.hrtime.bigint();
  console.log(`rows ${totals.rows} batches ${totals.batches} nodesCreated ${totals.nodesCreated} ` +
    `relationshipsCreated ${totals.relationshipsCreated} parseSeconds ${(Number(t1 - t0) / 1e9).toFixed(3)} ` +
    `loadSeconds ${(Number(t2 - t1) / 1e9).toFixed(3)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
