import type { Transaction } from 'neo4j-driver';
import { mapNeo4jError } from './neo4j-errors';
import { RELATIONSHIP_TYPE_KEY } from '../port';
import type { Row, Value } from '../port';
import { loadQuery } from '../query-files';
import { addToSnapshot } from '../script-changes';
import type { Snapshot } from '../script-changes';
import { recordToRow } from './neo4j-values';

/** The query files that read the graph inside a script's transaction (`cypher/neo4j/admin/`). */
export const SNAPSHOT_QUERIES = ['admin/snapshot-nodes', 'admin/snapshot-relationships'] as const;

async function rows(tx: Transaction, name: string): Promise<Row[]> {
  try {
    return (await tx.run(loadQuery(name, 'neo4j').text)).records.map(recordToRow);
  } catch (error) {
    throw mapNeo4jError(error, { query: name });
  }
}

type Entity = Readonly<Record<string, Value>>;

/**
 * Every node and relationship with its properties, read in the script's
 * transaction, which sees its own uncommitted writes (`script-changes.ts`
 * compares two readings). Relationships are keyed by type and their ends'
 * ids, as on Kùzu: two of one type between the same nodes count as one
 * (seeds MERGE them, so they do not arise).
 */
export async function snapshot(tx: Transaction): Promise<Snapshot> {
  const out: Snapshot = new Map();
  const [nodes, relationships] = SNAPSHOT_QUERIES;
  for (const row of await rows(tx, nodes)) addToSnapshot(out, { kind: 'node', id: String(row.id) }, row.node as Entity);
  for (const row of await rows(tx, relationships)) {
    const rel = row.rel as Entity;
    const entity = {
      kind: 'relationship',
      type: String(rel[RELATIONSHIP_TYPE_KEY]),
      from: String(row.source),
      to: String(row.target),
    } as const;
    addToSnapshot(out, entity, rel);
  }
  return out;
}
