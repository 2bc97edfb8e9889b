import { Kind, getNamedType, isObjectType, isInterfaceType } from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';

/**
 * How a limit rule values a selection set: the value of one field, given the
 * value of the field's own selection set (`inner`, computed only when asked),
 * and how sibling values combine (max for depth, sum for counts and cost).
 */
export interface SelectionFold<T> {
  readonly empty: T;
  combine(a: T, b: T): T;
  field(
    field: FieldNode,
    definition: GraphQLField<unknown, unknown> | undefined,
    parent: GraphQLNamedType | undefined,
    inner: () => T,
  ): T;
}

/** The fragments of a document by name. */
export function fragmentsOf(document: DocumentNode): ReadonlyMap<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/**
 * Values selection sets of `document` with `fold`, through fragments. Each
 * named fragment is valued once and remembered (its type condition fixes its
 * parent type), so a fragment spread many times, or spreads that double at
 * every level, cost one visit each: the work is linear in the document's
 * size, never in the size of its expansion. A spread of a fragment already
 * being valued (a cycle, which the standard rules report) counts as empty.
 */
export function selectionFolder<T>(
  schema: GraphQLSchema,
  document: DocumentNode,
  fold: SelectionFold<T>,
): (set: SelectionSetNode, parent: GraphQLNamedType | undefined) => T {
  const fragments = fragmentsOf(document);
  const valued = new Map<string, T>();
  const entered = new Set<string>();

  const spread = (name: string): T => {
    const known = valued.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (fragment === undefined || entered.has(name)) return fold.empty;
    entered.add(name);
    const value = visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined);
    entered.delete(name);
    valued.set(name, value);
    return value;
  };

  const visit = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): T => {
    let total = fold.empty;
    for (const selection of set.selections) {
      let value: T;
      if (selection.kind === Kind.FIELD) {
        const fields =
          parent !== undefined && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
        const definition = fields[selection.name.value];
        const below = selection.selectionSet;
        value = fold.field(selection, definition, parent, () =>
          below === undefined ? fold.empty : visit(below, fieldType(definition)),
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition;
        const type = condition === undefined ? parent : (schema.getType(condition.name.value) ?? undefined);
        value = visit(selection.selectionSet, type);
      } else {
        value = spread(selection.name.value);
      }
      total = fold.combine(total, value);
    }
    return total;
  };
  return visit;
}

/** The named type a field returns, or undefined for an unknown field. */
export function fieldType(definition: GraphQLField<unknown, unknown> | undefined): GraphQLNamedType | undefined {
  return definition === undefined ? undefined : getNamedType(definition.type);
}

/**
 * True for the wrapper fields of a connection (`edges`, `nodes`), of an edge
 * (`node`) and of an exploration's `Graph` (`nodes`): they add no traversal,
 * and the field above them already counts their items. (A `Graph`'s `edges`
 * declare their own bound per node, see `graph.types.ts`.) `Paths.paths` is
 * plumbing too: `limit` counts the paths.
 */
export function isPlumbing(field: FieldNode, parent: GraphQLNamedType | undefined): boolean {
  const name = field.name.value;
  const type = parent?.name ?? '';
  return (
    (type.endsWith('Connection') && (name === 'edges' || name === 'nodes')) ||
    (type === 'Graph' && name === 'nodes') ||
    (type === 'Paths' && name === 'paths') ||
    (type.endsWith('Edge') && name === 'node')
  );
}

/** A count for a message: exact while it is readable, then as a power of ten. */
export function readableCount(n: number): string {
  return n < 1e12 ? String(n) : `about 10^${Math.floor(Math.log10(Math.min(n, Number.MAX_VALUE)))}`;
}
