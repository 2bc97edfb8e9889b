import { GRAPH_MODEL, nodeLabels } from '../../model';
import type { Value } from '../port';
import { addToSnapshot } from '../script-changes';
import type { Snapshot } from '../script-changes';
import { fromKuzu } from './kuzu-values';
import type { KuzuSession } from './kuzu-connection';

/** The properties of a node or relationship as the port returns them (Kùzu's own keys and nulls left out). */
const properties = (entity: unknown): Record<string, Value> => fromKuzu(entity) as Record<string, Value>;

/**
 * Every node and relationship with its properties, read inside the
 * script's transaction (`script-changes.ts` compares two readings).
 * Relationships are keyed by their endpoints' ids, not Kùzu's internal ids:
 * inside a transaction an updated relationship may be seen twice under two
 * internal ids. Two relationships of one type between the same nodes count
 * as one (seeds MERGE them, so they do not arise). Scans one label and one
 * endpoint pair at a time: inside a transaction holding uncommitted
 * relationships, Kùzu 0.11.3 crashed on a label-less `MATCH ()-[r]->()` and
 * gave wrong endpoints for `MATCH (a)-[r:T]->(b)` when `T` has several
 * endpoint pairs (both seen with this project's seeds). Seed-sized graphs
 * make this cheap; the bulk loader in bench/ does not use it.
 */
export async function snapshot(session: KuzuSession): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const label of nodeLabels()) {
    for (const row of await session.query(`MATCH (n:${label}) RETURN n AS n`)) {
      const node = properties(row.n);
      addToSnapshot(out, { kind: 'node', id: String(node.id) }, node);
    }
  }
  for (const [type, spec] of Object.entries(GRAPH_MODEL.relationships)) {
    for (const [from, to] of spec.endpoints) {
      const scan = `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS a, b.id AS b, r AS r`;
      for (const row of await session.query(scan)) {
        const entity = { kind: 'relationship', type, from: String(row.a), to: String(row.b) } as const;
        addToSnapshot(out, entity, properties(row.r));
      }
    }
  }
  return out;
}
