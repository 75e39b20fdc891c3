// Applies the shipped Cytoscape.js style (cytoscape/genegraph-style.json) to a .cyjs export in headless
// Cytoscape.js (node) and prints, as JSON, the computed colour and shape per node kind and the colour and width of
// each CORRELATES_WITH edge, with the style's parse warnings.
// Usage: node cytoscape-style.mjs <graph.cyjs> <style.json>
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

const warnings = [];
const warn = console.warn;
console.warn = (...args) => warnings.push(args.join(' '));
const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const style = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: true, elements: doc.elements, style });
const kinds = {};
cy.nodes().forEach(n => { kinds[n.data('kind')] = { color: n.style('background-color'), shape: n.style('shape') }; });
const correlations = cy.edges('[interaction = "CORRELATES_WITH"]').map(e => ({ r: e.data('r'), color: e.style('line-color'), width: e.numericStyle('width') }));
console.warn = warn;
const out = JSON.stringify({ nodes: cy.nodes().length, edges: cy.edges().length, kinds, correlations, warnings });
cy.destroy();
// headless Cytoscape.js keeps a render-loop timer alive: leave once the output is written
process.stdout.write(out, () => process.exit(0));
