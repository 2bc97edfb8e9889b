import type { GraphRecord } from '../graph/exploration';
import { labelOfId } from '../model';
import type { AttributeValue, DrawableGraph } from './graph-formats';

/** A stored value as a file attribute: scalars and lists of strings as they are, anything else as JSON text. */
function attribute(value: unknown): AttributeValue {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return JSON.stringify(value);
}

/**
 * Nodes with their label, name, degree and cited sources; relationships with
 * their type, properties and sources: what a drawing shows and a researcher
 * cites.
 */
export function drawableOf(graph: GraphRecord, degrees: ReadonlyMap<string, number>): DrawableGraph {
  return {
    nodes: graph.nodes.map((node) => ({
      id: node.id,
      attributes: {
        label: labelOfId(node.id) ?? '',
        name: node.name ?? node.id,
        degree: degrees.get(node.id) ?? 0,
        sources: attribute(node.sources),
      },
    })),
    edges: graph.edges.map((edge) => {
      const properties = Object.entries(edge.rel).filter(([, v]) => v !== null && v !== undefined);
      return {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        attributes: { type: edge.type, ...Object.fromEntries(properties.map(([k, v]) => [k, attribute(v)])) },
      };
    }),
  };
}

/** Degrees counted from a graph's own edges (the whole graph's, where every relationship is present). */
export function degreesWithin(graph: GraphRecord): Map<string, number> {
  const degrees = new Map(graph.nodes.map((n) => [n.id, 0]));
  for (const edge of graph.edges) {
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}
