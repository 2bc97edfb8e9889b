/** Property types both engines store the same way (dates are ISO-8601 strings of any precision). */
export type PropertyType = 'STRING' | 'STRING[]' | 'INT64' | 'DOUBLE' | 'BOOLEAN';

export interface PropertySpec {
  readonly type: PropertyType;
  /** What the property means; becomes documentation. */
  readonly description: string;
  /**
   * For a date (or a year) that marks something happening, what happened, as
   * the timeline shows it ("took place", "signed or announced").
   */
  readonly event?: string;
}

export type PropertyMap = Readonly<Record<string, PropertySpec>>;

export interface NodeLabelSpec {
  /** Prefix of every id of this label (`city` → `city:hanoi`). */
  readonly idPrefix: string;
  readonly description: string;
  /** Properties besides the shared ones (`id`, `name`, `aliases`, `sources`, `note`). */
  readonly properties: PropertyMap;
}

export interface RelationshipSpec {
  readonly description: string;
  /** Allowed (from label, to label) pairs. */
  readonly endpoints: readonly (readonly [from: string, to: string])[];
  /** Properties besides the shared ones (`sources`, `note`). */
  readonly properties: PropertyMap;
  /**
   * How the relationship reads as a GraphQL field from each end: `out` on the
   * start node, `in` on the end node; `one` marks the direction in which a
   * node has at most one such relationship (a city lies in one member state),
   * which becomes a plain field plus an `…Edge` field instead of a connection.
   */
  readonly fields: { readonly out: string; readonly in: string; readonly one?: 'out' | 'in' };
}

/** The whole graph model: the single source of truth for both engines' schemas. */
export interface GraphModel {
  readonly nodes: Readonly<Record<string, NodeLabelSpec>>;
  readonly relationships: Readonly<Record<string, RelationshipSpec>>;
}
