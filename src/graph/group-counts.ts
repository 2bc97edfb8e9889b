import type { GraphDatabase } from '../db';
import type { EntitySpec, Hop } from '../specs';
import { filterParams } from './list-params';
import type { FilterValues } from './list-params';
import { hopPattern, matchAndWhere } from './list-query';
import { kebab, nodeQueryName } from './query-names';

/**
 * Grouped counts of a label's list: the nodes the list's filter selects,
 * counted per value of a property or per related node, for every `equals`
 * and `related` filter of the label's spec (cities per member state, officers
 * per member state, agreements per party, cities by `pilot`). Each grouping is
 * a generated query file, `nodes/<label>/count-by-<grouping>`.
 */

/** A way to group a label's nodes: by one of its properties, or by the related node a filter names. */
export type Grouping =
  | { readonly name: string; readonly kind: 'property'; readonly property: string }
  | {
      readonly name: string;
      readonly kind: 'related';
      readonly label: string;
      readonly paths: readonly (readonly Hop[])[];
    };

/** The groupings a label offers, from its spec's filters. */
export function groupingsOf(spec: EntitySpec): Grouping[] {
  return spec.filters.flatMap((f): Grouping[] => {
    if (f.kind === 'equals') return [{ name: f.property, kind: 'property', property: f.property }];
    if (f.kind === 'related') return [{ name: f.name, kind: 'related', label: f.label, paths: f.paths }];
    return [];
  });
}

/** Name of a grouping's query file. */
export const groupCountQueryName = (spec: EntitySpec, grouping: Grouping): string =>
  `${nodeQueryName(spec.label, 'count')}-by-${kebab(grouping.name)}`;

/**
 * Text of a grouping's query. By property: one row per value with its count.
 * By related node: one row per (related node, counted node) pair, each pair
 * once (UNION drops the duplicates that several paths to one node would make);
 * the repository counts them.
 */
export function groupCountQueryText(spec: EntitySpec, grouping: Grouping): string {
  const filtered = matchAndWhere(spec);
  if (grouping.kind === 'property') return `${filtered}\nRETURN n.${grouping.property} AS key, count(n) AS count`;
  return grouping.paths
    .map((path) => {
      const { pattern, distinct } = hopPattern(path);
      const where = distinct.length === 0 ? '' : ` WHERE ${distinct.join(' AND ')}`;
      return `${filtered}\nWITH n\nMATCH ${pattern}${where}\nRETURN m.id AS key, n.id AS id`;
    })
    .join('\nUNION\n');
}

/** One group: the property value (as JSON text; null for nodes without it) or related node id, and how many. */
export interface GroupCountRecord {
  readonly key: string | null;
  readonly count: number;
}

/** Counts of the filtered list per group, largest first, then by key. One round trip. */
export async function readGroupCounts(
  db: GraphDatabase,
  spec: EntitySpec,
  filter: FilterValues,
  grouping: Grouping,
): Promise<GroupCountRecord[]> {
  const rows = await db.read(groupCountQueryName(spec, grouping), filterParams(spec, filter));
  const counts = new Map<string | null, number>();
  for (const row of rows) {
    if (grouping.kind === 'property') {
      const key = row.key === null || row.key === undefined ? null : JSON.stringify(row.key);
      counts.set(key, (counts.get(key) ?? 0) + Number(row.count));
    } else {
      counts.set(String(row.key), (counts.get(String(row.key)) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}
