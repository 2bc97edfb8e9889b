import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from 'neo4j-driver';
import type { Integer, Record as Neo4jRecord } from 'neo4j-driver';
import { RELATIONSHIP_TYPE_KEY } from '../port';
import type { Row, Value } from '../port';
import { safeInteger } from '../values';

/** Integers beyond 2^53 cannot be JS numbers without losing digits: the port returns them as strings. */
function integerValue(value: Integer | bigint): number | string {
  if (typeof value === 'bigint') return safeInteger(value);
  return value.inSafeRange() ? value.toNumber() : value.toString();
}

/** Properties of a node or relationship; Neo4j never stores nulls, so none are omitted here. */
function properties(props: Readonly<Record<string, unknown>>): { [key: string]: Value } {
  const out: { [key: string]: Value } = {};
  for (const [key, value] of Object.entries(props)) out[key] = toPlainValue(value);
  return out;
}

/**
 * Converts a value returned by neo4j-driver into the port's plain value, so
 * nothing engine-specific leaves `src/db/`: integers become numbers (strings
 * beyond 2^53), temporal values their ISO-8601 strings, nodes and
 * relationships the plain object of their properties, paths
 * `{ nodes, relationships }`, and lists and maps are converted recursively.
 */
export function toPlainValue(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint' || isInt(value)) return integerValue(value as Integer | bigint);
  // Every temporal type prints as ISO-8601 (a Date as YYYY-MM-DD), which is how the port carries dates.
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value)) {
    return value.toString();
  }
  if (isDuration(value)) return value.toString();
  if (isNode(value)) return properties(value.properties as Record<string, unknown>);
  if (isRelationship(value) || isUnboundRelationship(value)) {
    return { ...properties(value.properties as Record<string, unknown>), [RELATIONSHIP_TYPE_KEY]: value.type };
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlainValue),
      relationships: value.segments.map((segment) => toPlainValue(segment.relationship)),
    };
  }
  if (isPoint(value)) {
    const point: { [key: string]: Value } = { srid: toPlainValue(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  // Byte arrays have no plain counterpart; a list of numbers at least survives JSON.
  if (value instanceof Uint8Array) return Array.from(value);
  if (typeof value === 'object') return properties(value as Record<string, unknown>);
  throw new TypeError(`Cannot convert a ${typeof value} returned by Neo4j`);
}

/** Turns a result record into a row keyed by the RETURN column names. */
export function recordToRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlainValue(record.get(key));
  return row;
}
