import { int } from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import type { ParamValue, Params } from '../port';

/** A parameter value as the driver receives it: integers are wrapped, everything else is as given. */
export type Neo4jParamValue =
  string | number | boolean | null | Integer | Neo4jParamValue[] | { [key: string]: Neo4jParamValue };

/**
 * Converts one parameter value for the driver. The driver sends every JS
 * number as a Cypher FLOAT, and `SKIP $n` / `LIMIT $n` reject floats, so
 * integers go as Neo4j integers — only safe integers, because a larger
 * number has already lost its exact value and stays the float it is.
 */
export function toNeo4jParam(value: ParamValue): Neo4jParamValue {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? int(value) : value;
  // As on the embedded engine: a Date travels as its ISO string (the driver would send `{}`).
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as unknown as Date).toISOString();
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return (value as readonly ParamValue[]).map(toNeo4jParam);
  const out: { [key: string]: Neo4jParamValue } = {};
  for (const [key, item] of Object.entries(value as { readonly [key: string]: ParamValue })) {
    out[key] = toNeo4jParam(item);
  }
  return out;
}

/** Converts all parameters of a query for the driver. */
export function toNeo4jParams(params: Params): Record<string, Neo4jParamValue> {
  const out: Record<string, Neo4jParamValue> = {};
  for (const [name, value] of Object.entries(params)) out[name] = toNeo4jParam(value);
  return out;
}
