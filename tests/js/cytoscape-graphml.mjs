// Reads a GraphML file with cytoscape-graphml inside headless Chromium (it needs a DOM and jQuery) and prints,
// as JSON, every node's and edge's data the way Cytoscape.js holds it ([type, text]), plus the page's errors.
// Usage: node cytoscape-graphml.mjs <file.graphml>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withBrowser, collectErrors } from './browser.mjs';
import { typed } from './typed.mjs';

const require = createRequire(import.meta.url);
const graphml = readFileSync(process.argv[2], 'utf8');

const result = await withBrowser(async browser => {
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.setContent('<!doctype html><html><body><div id="cy" style="width:800px;height:600px"></div></body></html>');
  for (const script of ['jquery/dist/jquery.min.js', 'cytoscape/dist/cytoscape.min.js', 'cytoscape-graphml/cytoscape-graphml.js'])
    await page.addScriptTag({ path: require.resolve(script) });
  const read = await page.evaluate(text => {
    // the extension registers itself on window.cytoscape with window.jQuery when loaded as a plain script
    const cy = cytoscape({ container: document.getElementById('cy'), headless: false });
    cy.graphml({ layoutBy: 'grid' });
    cy.graphml(text);
    return {
      nodes: cy.nodes().map(n => n.data()),
      edges: cy.edges().map(e => e.data()),
    };
  }, graphml);
  return {
    nodes: read.nodes.map(d => ({ id: d.id, attributes: typed(d, ['id']) })),
    edges: read.edges.map(d => ({ id: d.id, source: d.source, target: d.target, attributes: typed(d, ['id', 'source', 'target']) })),
    errors,
  };
});
process.stdout.write(JSON.stringify(result));
