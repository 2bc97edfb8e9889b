import type { GraphDatabase, Value } from '../../src/db';
import { GRAPH_MODEL } from '../../src/model';
import { q } from './test-database';

/** Every node and relationship of a graph with all its properties, in a stable order, for before/after comparisons. */
export interface GraphDump {
  /** `Label` → every node of that label (its properties, id included), by id. */
  readonly nodes: Record<string, Value[]>;
  /** `TYPE (From)->(To)` → every relationship of that type between those labels, by endpoint ids. */
  readonly relationships: Record<string, Value[]>;
}

/**
 * Reads the whole graph through the port, one query per label and per
 * relationship type and endpoint pair of the graph model (label-less scans
 * are not portable across engines and hazardous on Kùzu).
 */
export async function dumpGraph(db: GraphDatabase): Promise<GraphDump> {
  const nodes: Record<string, Value[]> = {};
  for (const label of Object.keys(GRAPH_MODEL.nodes)) {
    const rows = await db.read(q(`MATCH (n:${label}) RETURN n AS n ORDER BY n.id`, 'test/dump-nodes'));
    nodes[label] = rows.map((row) => row.n as Value);
  }
  const relationships: Record<string, Value[]> = {};
  for (const [type, spec] of Object.entries(GRAPH_MODEL.relationships)) {
    for (const [from, to] of spec.endpoints) {
      const rows = await db.read(
        q(
          `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS from, b.id AS to, r AS properties ORDER BY from, to`,
          'test/dump-relationships',
        ),
      );
      relationships[`${type} (${from})->(${to})`] = rows;
    }
  }
  return { nodes, relationships };
}
