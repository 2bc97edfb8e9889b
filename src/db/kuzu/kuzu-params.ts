import { AppError, ErrorCode } from '../../errors';
import { checkParameters } from '../parameter-checks';
import type { ParamValue, Params } from '../port';

/**
 * Kùzu parameter hazards (0.11.3): a list takes the type of its first
 * element, at every depth (`[1, 1.5]`, `[[1], [1.5]]` and `[{a: 1}, {a: 1.5}]`
 * turn 1.5 into garbage, `['a', 1]` turns 1 into ''), maps in a list take
 * the first map's keys, `[]`/`{}` become NULL or cannot be typed, a JS Date
 * loses its time, and an unbound `$param` matches every row. This module
 * rejects or normalises every such value before it reaches the engine. A
 * top-level empty list never gets here: the adapter answers such a query
 * with no rows (`hasEmptyList`).
 */

function bad(query: string, message: string): AppError {
  return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `Invalid parameters for ${query}: ${message}`);
}

function normaliseValue(query: string, path: string, value: unknown, nested: boolean): ParamValue {
  if (value === undefined) throw bad(query, `${path} is undefined (use null)`);
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).toISOString();
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw bad(query, `${path} is an integer beyond 2^53, which the embedded engine cannot hold exactly`);
    }
    return Number(value);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw bad(query, `${path} is not a finite number`);
  if (Array.isArray(value)) {
    if (value.length === 0 && nested) {
      throw bad(query, `${path} is an empty list, which the embedded engine reads as NULL or cannot type`);
    }
    return value.map((v: unknown, i) => normaliseValue(query, `${path}[${i}]`, v, true));
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) throw bad(query, `${path} is an empty map, which the embedded engine reads as NULL`);
    return Object.fromEntries(entries.map(([k, v]) => [k, normaliseValue(query, `${path}.${k}`, v, true)]));
  }
  if (typeof value === 'function' || typeof value === 'symbol') throw bad(query, `${path} is a ${typeof value}`);
  return value as ParamValue;
}

type Scalar = 'string' | 'integer' | 'float' | 'boolean';

/** The type Kùzu gives a value, with `at`: the path of the value that first showed it. */
type Shape =
  | { readonly kind: 'null' }
  | { readonly kind: Scalar; readonly at: string }
  | { readonly kind: 'list'; readonly at: string; readonly item: Shape }
  | { readonly kind: 'map'; readonly at: string; readonly fields: ReadonlyMap<string, Shape> };

const ARTICLE: Record<Exclude<Shape['kind'], 'null'>, string> = {
  string: 'a string',
  integer: 'an integer',
  float: 'a fraction',
  boolean: 'a boolean',
  list: 'a list',
  map: 'a map',
};

const keysOf = (shape: Extract<Shape, { kind: 'map' }>): string => [...shape.fields.keys()].sort().join(', ');

/** The common shape of two items of the list at `list`, or an error naming where they differ. */
function unify(query: string, list: string, a: Shape, b: Shape): Shape {
  if (a.kind === 'null') return b;
  if (b.kind === 'null') return a;
  if (a.kind !== b.kind) {
    const numbers = new Set([a.kind, b.kind]).has('integer') && new Set([a.kind, b.kind]).has('float');
    const what = numbers ? 'integers and fractions' : `${a.kind} and ${b.kind} values`;
    const fix = numbers ? 'pass all fractions or all integers' : 'lists must be homogeneous';
    throw bad(query, `${list} mixes ${what}: ${a.at} is ${ARTICLE[a.kind]}, ${b.at} ${ARTICLE[b.kind]}; ${fix}`);
  }
  if (a.kind === 'list' && b.kind === 'list') return { ...a, item: unify(query, list, a.item, b.item) };
  if (a.kind === 'map' && b.kind === 'map') {
    if (keysOf(a) !== keysOf(b)) {
      throw bad(
        query,
        `${list} holds maps with different keys: ${a.at} has ${keysOf(a)}, ${b.at} has ${keysOf(b)}; give every map the same keys`,
      );
    }
    const fields = new Map([...a.fields].map(([k, v]) => [k, unify(query, list, v, b.fields.get(k) as Shape)]));
    return { ...a, fields };
  }
  return a;
}

/** The shape of a normalised value; a list whose items differ in shape, at any depth, is an error. */
function shapeOf(query: string, path: string, value: ParamValue): Shape {
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) {
    const items = value.map((v, i) => shapeOf(query, `${path}[${i}]`, v));
    return { kind: 'list', at: path, item: items.reduce((a, b) => unify(query, path, a, b), { kind: 'null' }) };
  }
  switch (typeof value) {
    case 'string':
      return { kind: 'string', at: path };
    case 'boolean':
      return { kind: 'boolean', at: path };
    case 'number':
      return { kind: Number.isInteger(value) ? 'integer' : 'float', at: path };
    default: {
      const fields = Object.entries(value).map(([k, v]): [string, Shape] => [k, shapeOf(query, `${path}.${k}`, v)]);
      return { kind: 'map', at: path, fields: new Map(fields) };
    }
  }
}

/**
 * Checks that the parameters match the `$names` the query uses, exactly, and
 * returns them normalised for Kùzu.
 */
export function prepareParams(queryName: string, text: string, params: Params): Record<string, ParamValue> {
  checkParameters({ name: queryName, text }, params);
  return Object.fromEntries(
    Object.keys(params).map((k) => {
      const value = normaliseValue(queryName, `$${k}`, params[k], false);
      shapeOf(queryName, `$${k}`, value);
      return [k, value];
    }),
  );
}
