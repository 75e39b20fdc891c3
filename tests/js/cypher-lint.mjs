// Parses and lints Cypher statements with Neo4j's own Cypher 5 front end, as the Neo4j editors do
// (@neo4j-cypher/language-support: its ANTLR Cypher grammar, then Neo4j's semantic analysis), and reports, as JSON,
// every diagnostic of every statement. The C# tests decide what is expected; this script only reports.
// Input: a JSON file [{ "id", "text", "parameters": ["name", …] | null }]; parameters lists the $names the statement
// is given when it runs (null: they are given at run time and not declared here, so "Parameter $x is not defined."
// diagnostics are left out, and nothing else). Statements with the same text and parameters are linted once.
// Output: [{ "id", "diagnostics": [{ "severity": "error"|"warning"|"information"|"hint", "message", "start", "end" }] }]
// Usage: node cypher-lint.mjs <statements.json>
import { readFile } from 'node:fs/promises';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const statements = JSON.parse(await readFile(process.argv[2], 'utf8'));
const seen = new Map();

function lint({ text, parameters }) {
  const schema = { defaultLanguage: 'CYPHER 5' };
  if (parameters) schema.parameters = Object.fromEntries(parameters.map(name => [name, null]));
  const { diagnostics } = lintCypherQuery(text, schema, { consoleCommandsEnabled: false });
  return diagnostics
    .filter(d => parameters || isNotParamError(d))
    .map(d => ({ severity: severities[d.severity] ?? String(d.severity), message: d.message, start: d.offsets?.start, end: d.offsets?.end }));
}

const results = statements.map(statement => {
  const key = JSON.stringify([statement.text, statement.parameters]);
  if (!seen.has(key)) seen.set(key, lint(statement));
  return { id: statement.id, diagnostics: seen.get(key) };
});
process.stdout.write(JSON.stringify(results));
