import { GRAPH_MODEL, nodeLabels } from '../../model';
import { emptyCounters } from '../port';
import type { WriteCounters } from '../port';
import { INTERNAL_KEYS } from './kuzu-values';
import type { KuzuSession } from './kuzu-connection';

/**
 * Kùzu reports no write counters, so a script's effect is measured by
 * comparing the graph before and after it inside the same transaction.
 * Seed-sized graphs make this cheap; the bulk loader in bench/ does not use it.
 */
export type Snapshot = Map<string, Record<string, unknown>>;

function properties(entity: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entity).filter(([k, v]) => !INTERNAL_KEYS.has(k) && v !== null));
}

/**
 * Every node (keyed `n|<id>`) and relationship (keyed `r|<type>|<from id>|<to id>`)
 * with its properties. Relationships are keyed by their endpoints' ids, not
 * Kùzu's internal ids: inside a transaction an updated relationship may be
 * seen twice under two internal ids. Two relationships of one type between
 * the same nodes count as one (seeds MERGE them, so they do not arise).
 * Scans one endpoint pair at a time. Inside a transaction holding
 * uncommitted relationships, Kùzu 0.11.3 crashed on a label-less
 * `MATCH ()-[r]->()` and gave wrong endpoints for `MATCH (a)-[r:T]->(b)`
 * when `T` has several endpoint pairs (both seen with this project's seeds).
 */
export async function snapshot(session: KuzuSession): Promise<Snapshot> {
  const out: Snapshot = new Map();
  for (const label of nodeLabels()) {
    for (const row of await session.query(`MATCH (n:${label}) RETURN n AS n`)) {
      const node = row.n as Record<string, unknown>;
      out.set(`n|${String(node.id)}`, properties(node));
    }
  }
  for (const [type, spec] of Object.entries(GRAPH_MODEL.relationships)) {
    for (const [from, to] of spec.endpoints) {
      const scan = `MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS a, b.id AS b, r AS r`;
      for (const row of await session.query(scan)) {
        out.set(`r|${type}|${String(row.a)}|${String(row.b)}`, properties(row.r as Record<string, unknown>));
      }
    }
  }
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What changed between two snapshots, in the port's counters. */
export function diffSnapshots(before: Snapshot, after: Snapshot): WriteCounters {
  const counters = emptyCounters();
  for (const [key, props] of after) {
    const old = before.get(key);
    if (old === undefined) {
      if (key.startsWith('n|')) counters.nodesCreated += 1;
      else counters.relationshipsCreated += 1;
      // Neo4j counts the id set on creation as a property; so do we.
      counters.propertiesSet += Object.keys(props).length;
      continue;
    }
    const names = new Set([...Object.keys(old), ...Object.keys(props)]);
    for (const name of names) if (!same(old[name], props[name])) counters.propertiesSet += 1;
  }
  for (const key of before.keys()) {
    if (after.has(key)) continue;
    if (key.startsWith('n|')) counters.nodesDeleted += 1;
    else counters.relationshipsDeleted += 1;
  }
  return counters;
}
