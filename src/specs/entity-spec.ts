import type { Direction } from './relation-fields';

/** One hop of a path from a listed node to the node a `related` filter names. */
export interface Hop {
  readonly type: string;
  readonly direction: Direction;
  readonly label: string;
}

/**
 * A filter of a top-level list. Every list also has `nameContains` (name or
 * any alias, case-insensitive).
 * - `equals`: the property equals the argument (strings case-insensitively).
 * - `range`: `<property>From` / `<property>To`, inclusive; a date `To` of
 *   `2019` includes `2019-08-23`.
 * - `related`: the node reaches the node with the given id along one of `paths`.
 */
export type FilterSpec =
  | { readonly kind: 'equals'; readonly property: string }
  | { readonly kind: 'range'; readonly property: string }
  | {
      readonly kind: 'related';
      readonly name: string;
      readonly label: string;
      readonly paths: readonly (readonly Hop[])[];
      readonly description: string;
    };

/** What a label's root queries look like: names, filters and sort keys. */
export interface EntitySpec {
  readonly label: string;
  /** Root field looking one node up by id, e.g. `city`. */
  readonly single: string;
  /** Root field listing nodes as a connection, e.g. `cities`. */
  readonly plural: string;
  readonly filters: readonly FilterSpec[];
  /** Properties the list can be ordered by; `name` is always offered and is the default. */
  readonly sorts: readonly string[];
}

/** Shorthands for entity specs. */
export const filter = {
  equals: (property: string): FilterSpec => ({ kind: 'equals', property }),
  range: (property: string): FilterSpec => ({ kind: 'range', property }),
  related: (name: string, label: string, description: string, ...paths: (readonly Hop[])[]): FilterSpec => ({
    kind: 'related',
    name,
    label,
    paths,
    description,
  }),
};

/** A hop for `filter.related`: `hop('LOCATED_IN', 'out', 'MemberState')`. */
export function hop(type: string, direction: Direction, label: string): Hop {
  return { type, direction, label };
}
