import { RELATIONSHIP_TYPE_KEY } from '../port';
import type { Row, Value } from '../port';
import { safeInteger } from '../values';

/** Kùzu's own keys on node and relationship values (not properties). */
const INTERNAL_KEYS = new Set(['_id', '_label', '_src', '_dst']);

function isoDate(date: Date): string {
  const iso = date.toISOString();
  // DATE columns come back as midnight UTC: return the date alone, like Neo4j's Date.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Converts one Kùzu value to the port's plain value. */
export function fromKuzu(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return safeInteger(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // Not instanceof: the native addon's Date may come from another realm (jest's vm, worker threads).
  if (Object.prototype.toString.call(value) === '[object Date]') return isoDate(value as Date);
  if (Array.isArray(value)) return value.map(fromKuzu);
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Recursive relationships (paths) come as {_nodes, _rels}.
    if ('_nodes' in record && '_rels' in record) {
      return { nodes: fromKuzu(record._nodes), relationships: fromKuzu(record._rels) };
    }
    const isEntity = '_label' in record && '_id' in record;
    const out: Record<string, Value> = {};
    for (const [key, v] of Object.entries(record)) {
      if (isEntity && (INTERNAL_KEYS.has(key) || v === null)) continue;
      out[key] = fromKuzu(v);
    }
    // A relationship (it has ends) names its type, as the port defines.
    if (isEntity && '_src' in record) out[RELATIONSHIP_TYPE_KEY] = String(record._label);
    return out;
  }
  return String(value);
}

/** Converts a Kùzu result row. */
export function rowFromKuzu(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [key, v] of Object.entries(row)) out[key] = fromKuzu(v);
  return out;
}
