import type { ParamValue } from '../db';
import { nodeProperties } from '../model';
import type { EntitySpec } from '../specs/entity-spec';
import { sortOrder } from './list-query';

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

/** The type of a sort property (shared ones such as `name` included). */
export function keyType(spec: EntitySpec, property: string): string {
  const type = nodeProperties(spec.label)[property]?.type;
  if (type === undefined) throw new Error(`${spec.label}.${property} is not in the graph model`);
  return type;
}

export function sortProperty(spec: EntitySpec, order: string): string {
  return sortOrder(spec, order).property;
}

/** A value of the property's type for `$afterKey` on a first page (never null: see list-query). */
function placeholder(type: string): ParamValue {
  if (type === 'STRING') return '';
  if (type === 'BOOLEAN') return false;
  return 0;
}

/** Parameters of the keyset condition of one order's list: which position to start after, and its key. */
export function keysetParams(spec: EntitySpec, order: string, after: Keyset | undefined): Record<string, ParamValue> {
  const key = after?.key;
  return {
    hasAfter: after !== undefined,
    afterNull: key === null,
    afterId: after?.id ?? '',
    afterKey: key === undefined || key === null ? placeholder(keyType(spec, sortProperty(spec, order))) : key,
  };
}
