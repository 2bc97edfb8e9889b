import { AppError, ErrorCode } from '../../errors';
import { checkParameters } from '../parameter-checks';
import type { ParamValue, Params } from '../port';

/**
 * Kùzu parameter hazards (0.11.3): a list takes the type of its first
 * element (`[1, 1.5]` is silently truncated), lists of maps with different
 * keys crash the process, `[]`/`{}` become NULL, a JS Date loses its time, and
 * an unbound `$param` matches every row. This module rejects or normalises
 * every such value before it reaches the engine.
 */

function bad(query: string, message: string): AppError {
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `Invalid parameters for ${query}: ${message}`);
}

type Shape = 'string' | 'integer' | 'float' | 'boolean' | 'list' | 'map' | 'null';

function shapeOf(value: ParamValue): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'float';
    default:
      return 'map';
  }
}

function normaliseValue(query: string, path: string, value: unknown): ParamValue {
  if (value === undefined) throw bad(query, `${path} is undefined (use null)`);
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).toISOString();
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw bad(query, `${path} is an integer beyond 2^53, which the embedded engine cannot hold exactly`);
    }
    return Number(value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw bad(query, `${path} is not a finite number`);
  if (Array.isArray(value)) return normaliseList(query, path, value);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) throw bad(query, `${path} is an empty map, which the embedded engine reads as NULL`);
    return Object.fromEntries(entries.map(([k, v]) => [k, normaliseValue(query, `${path}.${k}`, v)]));
  }
  if (typeof value === 'function' || typeof value === 'symbol') throw bad(query, `${path} is a ${typeof value}`);
  return value as ParamValue;
}

function normaliseList(query: string, path: string, list: readonly unknown[]): ParamValue[] {
  const items = list.map((v, i) => normaliseValue(query, `${path}[${i}]`, v));
  const shapes = new Set(items.map(shapeOf));
  shapes.delete('null');
  if (shapes.has('integer') && shapes.has('float')) {
    // Kùzu types the list by its first element; send every number as a float-typed value is
    // impossible from JS, so reject instead of truncating silently.
    throw bad(query, `${path} mixes integers and fractions; pass all fractions or all integers`);
  }
  if (shapes.size > 1) throw bad(query, `${path} mixes ${[...shapes].join(' and ')} values; lists must be homogeneous`);
  if (shapes.has('map')) {
    const keysOf = (m: ParamValue): string =>
      Object.keys(m as object)
        .sort()
        .join(',');
    const first = keysOf(items.find((m) => m !== null) as ParamValue);
    if (items.some((m) => m !== null && keysOf(m) !== first)) {
      throw bad(query, `${path} holds maps with different keys; give every map the same keys`);
    }
  }
  return items;
}

/**
 * Checks that the parameters match the `$names` the query uses, exactly, and
 * returns them normalised for Kùzu.
 */
export function prepareParams(queryName: string, text: string, params: Params): Record<string, ParamValue> {
  checkParameters({ name: queryName, text }, params);
  return Object.fromEntries(Object.keys(params).map((k) => [k, normaliseValue(queryName, `$${k}`, params[k])]));
}
