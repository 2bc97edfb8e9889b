import type { Direction } from '../model';

const kebabs = new Map<string, string>();

/** `MemberState` → `member-state`, `LOCATED_IN` → `located-in` (names come from the model: a few dozen). */
export function kebab(name: string): string {
  let out = kebabs.get(name);
  if (out === undefined) {
    out = name
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/_/g, '-')
      .toLowerCase();
    kebabs.set(name, out);
  }
  return out;
}

/** Name of a label's query file under `cypher/nodes/` (`by-ids`, `list`, `count`). */
export function nodeQueryName(label: string, query: 'by-ids' | 'list' | 'count'): string {
  return `nodes/${kebab(label)}/${query}`;
}

/**
 * Name of a label's list or count query for the related-node filters in use and, for a list, its order (a
 * GraphQL enum value such as `name_asc`): `nodes/city/count`, `nodes/city/list-with-member-state-by-name-desc`.
 */
export function filteredQueryName(
  label: string,
  query: 'list' | 'count',
  related: readonly string[],
  order?: string,
): string {
  const filters = related.length === 0 ? '' : `-with-${related.map(kebab).join('-')}`;
  const by = order === undefined ? '' : `-by-${kebab(order)}`;
  return `${nodeQueryName(label, query)}${filters}${by}`;
}

/** Name of the batch query for one end of a relationship type: `relations/located-in/city-out`. */
export function relationQueryName(type: string, direction: Direction, owner: string): string {
  return `relations/${kebab(type)}/${kebab(owner)}-${direction}`;
}

/** The relationships of a single end (`one` in the model) to one label: `relations/located-in/city-out-member-state`. */
export function relationToQueryName(type: string, direction: Direction, owner: string, target: string): string {
  return `${relationQueryName(type, direction, owner)}-${kebab(target)}`;
}

/** One page of the relationships of one end to one label: `relations/located-in/member-state-in-city-page` (engine-specific). */
export function relationPageQueryName(type: string, direction: Direction, owner: string, target: string): string {
  return `${relationQueryName(type, direction, owner)}-${kebab(target)}-page`;
}

/** How many relationships of one end to one label each node of a batch has. */
export function relationCountQueryName(type: string, direction: Direction, owner: string, target: string): string {
  return `${relationQueryName(type, direction, owner)}-${kebab(target)}-count`;
}

/** Counts per label and relationship type. */
export const STATS_QUERY_NAME = 'graph/stats';

/** Folders under `cypher/` whose files are all generated (stale files there are drift too). */
export const GENERATED_QUERY_DIRS = [
  'nodes',
  'relations',
  'graph',
  'kuzu/nodes',
  'kuzu/relations',
  'kuzu/graph',
  'neo4j/relations',
  'neo4j/graph',
] as const;
