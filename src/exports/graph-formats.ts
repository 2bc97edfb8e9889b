import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';

/**
 * Nodes and edges as files that drawing and analysis tools open:
 * Cytoscape.js `elements` JSON, graphology's serialised JSON, GEXF (Gephi)
 * and GraphML. The first three are produced by graphology itself; GraphML
 * (no maintained writer exists for Node) is written here and read back by
 * graphology-graphml in the tests.
 */

/** The formats an export can take. */
export enum GraphFormat {
  CYTOSCAPE = 'CYTOSCAPE',
  GRAPHOLOGY = 'GRAPHOLOGY',
  GEXF = 'GEXF',
  GRAPHML = 'GRAPHML',
}

/** What each format's file is called and served as. */
export const FORMAT_FILES: Readonly<Record<GraphFormat, { extension: string; mediaType: string }>> = {
  [GraphFormat.CYTOSCAPE]: { extension: 'cyjs', mediaType: 'application/json; charset=utf-8' },
  [GraphFormat.GRAPHOLOGY]: { extension: 'graphology.json', mediaType: 'application/json; charset=utf-8' },
  [GraphFormat.GEXF]: { extension: 'gexf', mediaType: 'application/gexf+xml; charset=utf-8' },
  [GraphFormat.GRAPHML]: { extension: 'graphml', mediaType: 'application/graphml+xml; charset=utf-8' },
};

/** A node or edge attribute value: lists stay lists in the JSON formats and become JSON text in the XML ones. */
export type AttributeValue = string | number | boolean | readonly string[];

const scalar = (value: AttributeValue): string | number | boolean =>
  typeof value === 'object' ? JSON.stringify(value) : value;

/** The drawable graph every format is made from. */
export interface DrawableGraph {
  readonly nodes: readonly { readonly id: string; readonly attributes: Readonly<Record<string, AttributeValue>> }[];
  readonly edges: readonly {
    readonly id: string;
    readonly source: string;
    readonly target: string;
    readonly attributes: Readonly<Record<string, AttributeValue>>;
  }[];
}

function toGraphology(graph: DrawableGraph): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  for (const node of graph.nodes) g.addNode(node.id, { ...node.attributes });
  for (const edge of graph.edges) g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { ...edge.attributes });
  return g;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

// XML 1.0 cannot hold most control characters, even escaped: they are dropped from the XML formats.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlText = (value: AttributeValue): string => escapeXml(String(scalar(value)).replace(XML_FORBIDDEN, ''));

/** The graph with the characters XML cannot hold removed from its text attributes (for the GEXF writer). */
function xmlSafe(graph: DrawableGraph): DrawableGraph {
  const clean = (attributes: Readonly<Record<string, AttributeValue>>) =>
    Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => {
        const value = scalar(v);
        return [k, typeof value === 'string' ? value.replace(XML_FORBIDDEN, '') : value];
      }),
    );
  return {
    nodes: graph.nodes.map((n) => ({ ...n, attributes: clean(n.attributes) })),
    edges: graph.edges.map((e) => ({ ...e, attributes: clean(e.attributes) })),
  };
}

function graphmlType(values: AttributeValue[]): string {
  if (values.some((v) => typeof v === 'object')) return 'string';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

function graphmlKeys(kind: 'node' | 'edge', items: DrawableGraph['nodes'] | DrawableGraph['edges']): string[] {
  const values = new Map<string, AttributeValue[]>();
  for (const item of items) {
    for (const [key, value] of Object.entries(item.attributes)) values.set(key, [...(values.get(key) ?? []), value]);
  }
  return [...values].map(
    ([key, vs]) =>
      `  <key id="${kind}-${xmlText(key)}" for="${kind}" attr.name="${xmlText(key)}" attr.type="${graphmlType(vs)}"/>`,
  );
}

const dataOf = (kind: string, attributes: Readonly<Record<string, AttributeValue>>): string =>
  Object.entries(attributes)
    .map(([key, value]) => `<data key="${kind}-${xmlText(key)}">${xmlText(value)}</data>`)
    .join('');

function toGraphml(graph: DrawableGraph): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...graphmlKeys('node', graph.nodes),
    ...graphmlKeys('edge', graph.edges),
    '  <graph edgedefault="directed">',
    ...graph.nodes.map((n) => `    <node id="${xmlText(n.id)}">${dataOf('node', n.attributes)}</node>`),
    ...graph.edges.map(
      (e) =>
        `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${dataOf('edge', e.attributes)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** The graph as the text of a file in `format`. */
export function renderGraph(graph: DrawableGraph, format: GraphFormat): string {
  switch (format) {
    case GraphFormat.CYTOSCAPE:
      return JSON.stringify({
        elements: {
          nodes: graph.nodes.map((n) => ({ data: { ...n.attributes, id: n.id } })),
          edges: graph.edges.map((e) => ({ data: { ...e.attributes, id: e.id, source: e.source, target: e.target } })),
        },
      });
    case GraphFormat.GRAPHOLOGY:
      return JSON.stringify(toGraphology(graph).export());
    case GraphFormat.GEXF:
      return writeGexf(toGraphology(xmlSafe(graph)));
    case GraphFormat.GRAPHML:
      return toGraphml(graph);
  }
}
