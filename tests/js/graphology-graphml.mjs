// Reads a GraphML file with graphology-graphml (in node; @xmldom/xmldom is its DOMParser) and prints, as JSON,
// every node and edge with its attributes as [type, text].
// Usage: node graphology-graphml.mjs <file.graphml>
import { readFileSync } from 'node:fs';
import graphology from 'graphology';
import graphml from 'graphology-graphml';
import { typed } from './typed.mjs';

const graph = graphml.parse(graphology.Graph, readFileSync(process.argv[2], 'utf8'));
const result = {
  type: graph.type,
  multi: graph.multi,
  nodes: graph.mapNodes((id, attributes) => ({ id, attributes: typed(attributes) })),
  edges: graph.mapEdges((id, attributes, source, target) => ({ id, source, target, attributes: typed(attributes) })),
  errors: [],
};
process.stdout.write(JSON.stringify(result));
