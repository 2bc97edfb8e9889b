import type { GraphDatabase, Params } from '../../src/db';
import { benchTemplate } from '../bench-queries';
import type { BulkStep } from './kuzu-bulk';
import type { NodeBatch, RelationshipBatch, RowOf } from './shape';

/** Rows per `UNWIND` transaction on Neo4j. */
const BATCH = 5000;

const withoutNulls = (row: RowOf): RowOf =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0)));

/** Neo4j's bulk path: batched `UNWIND … CREATE` through the port, nodes first. */
export async function neo4jBulkLoad(
  db: GraphDatabase,
  batches: { nodes: readonly NodeBatch[]; relationships: readonly RelationshipBatch[] },
  onStep: (step: BulkStep, done: number, of: number) => void,
): Promise<BulkStep[]> {
  const steps: BulkStep[] = [];
  const of = batches.nodes.length + batches.relationships.length;
  const run = async (what: string, query: ReturnType<typeof benchTemplate>, rows: readonly Params[]) => {
    const started = performance.now();
    for (let i = 0; i < rows.length; i += BATCH) await db.write(query, { rows: rows.slice(i, i + BATCH) });
    const step = { what, rows: rows.length, ms: Math.round(performance.now() - started) };
    steps.push(step);
    onStep(step, steps.length, of);
  };
  for (const { label, rows } of batches.nodes) {
    await run(label, benchTemplate('neo4j', 'unwind-nodes', { label }), rows.map(withoutNulls) as Params[]);
  }
  for (const { type, from, to, rows } of batches.relationships) {
    const query = benchTemplate('neo4j', 'unwind-relationships', { type, from, to });
    const shaped = rows.map(({ from: a, to: b, ...properties }) => ({
      from: a,
      to: b,
      properties: withoutNulls(properties),
    }));
    await run(`${type} ${from}-${to}`, query, shaped as Params[]);
  }
  return steps;
}
