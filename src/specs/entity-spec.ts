import type { Direction, Label, RelationshipType, ScalarPropertyOf } from '../model';

/** One hop of a path from a listed node to the node a `related` filter names. */
export interface Hop {
  readonly type: RelationshipType;
  readonly direction: Direction;
  readonly label: Label;
}

/**
 * A filter of a top-level list of label `L`. Every list also has
 * `nameContains` (name or any alias, case-insensitive).
 * - `equals`: the property equals the argument (strings case-insensitively).
 * - `range`: `<property>From` / `<property>To`, inclusive; a date `To` of
 *   `2019` includes `2019-08-23`.
 * - `related`: the node reaches the node with the given id along one of `paths`.
 * Properties are those of `L` holding one value: a wrong or list-valued
 * property is a compile error, not a failure of the first request.
 */
export type FilterOf<L extends Label> =
  | { readonly kind: 'equals'; readonly property: ScalarPropertyOf<L> }
  | { readonly kind: 'range'; readonly property: ScalarPropertyOf<L> }
  | {
      readonly kind: 'related';
      readonly name: string;
      readonly label: Label;
      readonly paths: readonly (readonly Hop[])[];
      readonly description: string;
    };

/** A filter of any one label. */
export type FilterSpec = { [L in Label]: FilterOf<L> }[Label];

/** What the root queries of label `L` look like: names, filters and sort keys. */
export interface LabelSpec<L extends Label> {
  readonly label: L;
  /** Root field looking one node up by id, e.g. `city`. */
  readonly single: string;
  /** Root field listing nodes as a connection, e.g. `cities`. */
  readonly plural: string;
  readonly filters: readonly FilterOf<L>[];
  /** Properties the list can be ordered by; `name` is always offered and is the default. */
  readonly sorts: readonly ScalarPropertyOf<L>[];
}

/** The spec of any one label (a union over the labels, so each keeps its own property names). */
export type EntitySpec = { [L in Label]: LabelSpec<L> }[Label];

/** Declares a label's root queries; the label fixes which properties its filters and sorts may name. */
export const defineSpec = <L extends Label>(spec: LabelSpec<L>): LabelSpec<L> => spec;

/** Shorthands for specs: `filter.equals('pilot')`, `filter.range('date')`, `filter.related(…)`. */
export const filter = {
  equals: <P extends string>(property: P) => ({ kind: 'equals', property }) as const,
  range: <P extends string>(property: P) => ({ kind: 'range', property }) as const,
  related: (name: string, label: Label, description: string, ...paths: (readonly Hop[])[]) =>
    ({ kind: 'related', name, label, paths, description }) as const,
};

/** A hop for `filter.related`: `hop('LOCATED_IN', 'out', 'MemberState')`. */
export function hop(type: RelationshipType, direction: Direction, label: Label): Hop {
  return { type, direction, label };
}
