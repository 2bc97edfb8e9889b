import { GRAPH_MODEL, ID_PATTERN } from '../../model';
import { keyType, sortProperty } from '../../graph/keyset';
import type { Keyset } from '../../graph/keyset';
import type { NodeRecord } from '../../graph/records';
import type { EntitySpec } from '../../specs/entity-spec';
import { decodeCursor, encodeCursor, invalidCursor } from '../cursor';

/**
 * The cursors of the root lists: the keyset position of a node (its sort key
 * and id) in a list and sort order, checksummed (see `../cursor.ts`).
 */

/** The list a root cursor belongs to: the root field and the sort order, for example `cities:name_asc`. */
const scopeOf = (spec: EntitySpec, order: string): string => `${spec.plural}:${order}`;

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
