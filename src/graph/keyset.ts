import type { ParamValue } from '../../db';
import { decodeCursor, encodeCursor, invalidCursor } from '../../graphql/cursor';
import { GRAPH_MODEL, ID_PATTERN, nodeProperties } from '../../model';
import type { EntitySpec } from './entity-spec';
import { afterKeyParam, sortOrders } from './list-query';
import type { NodeRecord } from './records';

/**
 * Keyset (seek) paging of the root lists: a cursor holds the sort key and the
 * id of the last node of a page, and the next page is the nodes that sort
 * after that pair (`WHERE (key, id) > (…)`, see `list-query.ts`). No offset
 * reaches the database: `ORDER BY … SKIP n` with a large `n` crashes the
 * embedded engine (docs/architecture.md, Kùzu hazards), and deep pages cost
 * what the first page costs.
 */

/** The last node of a page: its value of the sort key (null when it has none) and its id. */
export interface Keyset {
  readonly key: string | number | boolean | null;
  readonly id: string;
}

/** The list a root cursor belongs to: the root field and the sort order, for example `cities:name_asc`. */
const scopeOf = (spec: EntitySpec, order: string): string => `${spec.plural}:${order}`;

/** The type of a sort property (shared ones such as `name` included). */
function keyType(spec: EntitySpec, property: string): string {
  const type = nodeProperties(spec.label)[property]?.type;
  if (type === undefined) throw new Error(`${spec.label}.${property} is not in the graph model`);
  return type;
}

function sortProperty(spec: EntitySpec, order: string): string {
  const found = sortOrders(spec).find((o) => o.value === order);
  if (found === undefined) throw new Error(`${spec.label} has no sort order ${order}`);
  return found.property;
}

/** The cursor of `node` in the list of `spec` ordered by `order`. */
export function keysetCursor(spec: EntitySpec, order: string, node: NodeRecord): string {
  const key = node[sortProperty(spec, order)];
  const value = typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean' ? key : null;
  return encodeCursor(scopeOf(spec, order), [value, node.id]);
}

function keyFits(type: string, key: unknown): boolean {
  if (key === null) return true;
  if (type === 'STRING') return typeof key === 'string';
  if (type === 'BOOLEAN') return typeof key === 'boolean';
  return typeof key === 'number' && Number.isFinite(key);
}

/** The position an `after` cursor holds, checked against the list, the order and the key's type. */
export function decodeKeyset(spec: EntitySpec, order: string, cursor: string): Keyset {
  const position = decodeCursor(cursor, 'after', scopeOf(spec, order));
  if (!Array.isArray(position) || position.length !== 2) throw invalidCursor('after');
  const [key, id] = position as unknown[];
  const type = keyType(spec, sortProperty(spec, order));
  const prefix = GRAPH_MODEL.nodes[spec.label]?.idPrefix;
  const idMatch = typeof id === 'string' ? ID_PATTERN.exec(id) : null;
  if (!keyFits(type, key) || idMatch === null || idMatch[1] !== prefix) throw invalidCursor('after');
  return { key: key as Keyset['key'], id: id as string };
}

/** A value of the property's type, for the `after…` parameters an order does not use (never null: see list-query). */
function placeholder(type: string): ParamValue {
  if (type === 'STRING') return '';
  if (type === 'BOOLEAN') return false;
  return 0;
}

/** Parameters of the keyset condition: which position to start after, one typed key parameter per sort property. */
export function keysetParams(spec: EntitySpec, order: string, after: Keyset | undefined): Record<string, ParamValue> {
  const active = sortProperty(spec, order);
  const params: Record<string, ParamValue> = {
    hasAfter: after !== undefined,
    afterNull: after?.key === null,
    afterId: after?.id ?? '',
  };
  for (const property of new Set(sortOrders(spec).map((o) => o.property))) {
    const type = keyType(spec, property);
    const key = property === active ? after?.key : undefined;
    params[afterKeyParam(property)] = key === undefined || key === null ? placeholder(type) : key;
  }
  return params;
}
