import { RELATIONSHIP_TYPE_KEY, emptyCounters } from './port';
import type { BatchResult, EntityChange, EntityRef, PropertyChange, Value, WriteCounters } from './port';

/**
 * What a script changed, computed the same way on both engines: each
 * adapter reads the graph before and after each batch inside the script's
 * own transaction (so a dry run measures what it then rolls back), and the
 * two readings are compared here, value by value. Engine counters are not
 * used: Neo4j counts every assignment, changed or not, and Kùzu has none.
 */

/** A reading of the graph: every node and relationship with its properties (nulls left out), by `entityKey`. */
export type Snapshot = Map<
  string,
  { readonly entity: EntityRef; readonly properties: Readonly<Record<string, Value>> }
>;

/** The key of a node (`n|<id>`) or a relationship (`r|<type>|<from id>|<to id>`) in a snapshot. */
export function entityKey(entity: EntityRef): string {
  return entity.kind === 'node' ? `n|${entity.id}` : `r|${entity.type}|${entity.from}|${entity.to}`;
}

/**
 * Adds a node or relationship, as the port returns it, to a snapshot: its
 * properties without those holding null and without the relationship type
 * the port adds (`RELATIONSHIP_TYPE_KEY`, part of the ref).
 */
export function addToSnapshot(snapshot: Snapshot, entity: EntityRef, value: Readonly<Record<string, Value>>): void {
  const kept = Object.entries(value).filter(([name, v]) => v !== null && name !== RELATIONSHIP_TYPE_KEY);
  snapshot.set(entityKey(entity), { entity, properties: Object.fromEntries(kept) });
}

// Property values are scalars or lists of them: their JSON says whether two are equal.
const same = (a: Value, b: Value): boolean => JSON.stringify(a) === JSON.stringify(b);

function propertyChanges(before: Readonly<Record<string, Value>>, after: Readonly<Record<string, Value>>) {
  const changes: PropertyChange[] = [];
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const name of names) {
    const old = before[name] ?? null;
    const now = after[name] ?? null;
    if (!same(old, now)) changes.push({ name, before: old, after: now });
  }
  return changes;
}

const ORDER = { created: 0, changed: 1, deleted: 2 } as const;

/** Nodes before relationships; created, then changed, then deleted; then by key. */
function compare(a: EntityChange, b: EntityChange): number {
  if (a.entity.kind !== b.entity.kind) return a.entity.kind === 'node' ? -1 : 1;
  if (a.change !== b.change) return ORDER[a.change] - ORDER[b.change];
  const [x, y] = [entityKey(a.entity), entityKey(b.entity)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every node and relationship whose presence or property values differ between two snapshots. */
export function diffSnapshots(before: Snapshot, after: Snapshot): EntityChange[] {
  const changes: EntityChange[] = [];
  for (const [key, now] of after) {
    const old = before.get(key);
    const properties = propertyChanges(old?.properties ?? {}, now.properties);
    if (old === undefined) changes.push({ change: 'created', entity: now.entity, properties });
    else if (properties.length > 0) changes.push({ change: 'changed', entity: now.entity, properties });
  }
  for (const [key, old] of before) {
    if (after.has(key)) continue;
    changes.push({ change: 'deleted', entity: old.entity, properties: propertyChanges(old.properties, {}) });
  }
  return changes.sort(compare);
}

/** What a batch changed, between the readings before and after it. */
export function batchResult(before: Snapshot, after: Snapshot): BatchResult {
  const changes = diffSnapshots(before, after);
  return { counters: countChanges(changes), changes };
}

/**
 * The port's counters of a batch's changes. `propertiesSet` counts property
 * values that differ afterwards, every property of a created node or
 * relationship included (as Neo4j counts the properties of what it creates).
 */
export function countChanges(changes: readonly EntityChange[]): WriteCounters {
  const counters = emptyCounters();
  for (const { change, entity, properties } of changes) {
    if (change === 'created') counters[entity.kind === 'node' ? 'nodesCreated' : 'relationshipsCreated'] += 1;
    if (change === 'deleted') counters[entity.kind === 'node' ? 'nodesDeleted' : 'relationshipsDeleted'] += 1;
    else counters.propertiesSet += properties.length;
  }
  return counters;
}
