import { Kind, getNamedType, isObjectType, isInterfaceType } from 'graphql';
import type {
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  SelectionSetNode,
  FieldNode,
} from 'graphql';

/**
 * Calls `visit` for every field of a selection set (through fragments), with
 * its definition on `parent` and the fragments already entered on this path;
 * pass `seen` on when recursing so that a fragment cycle ends instead of
 * looping (the standard rule reports the cycle, but all rules run together).
 */
export function forEachField(
  schema: GraphQLSchema,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  visit: (
    field: FieldNode,
    definition: GraphQLField<unknown, unknown> | undefined,
    parent: GraphQLNamedType | undefined,
    seen: ReadonlySet<string>,
  ) => void,
  seen: ReadonlySet<string> = new Set(),
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const fields =
        parent !== undefined && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
      visit(selection, fields[selection.name.value], parent, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition === undefined ? parent : schema.getType(selection.typeCondition.name.value);
      forEachField(schema, fragments, selection.selectionSet, type ?? undefined, visit, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment === undefined || seen.has(name)) continue;
      const type = schema.getType(fragment.typeCondition.name.value) ?? undefined;
      forEachField(schema, fragments, fragment.selectionSet, type, visit, new Set([...seen, name]));
    }
  }
}

/** The named type a field returns, or undefined for an unknown field. */
export function fieldType(definition: GraphQLField<unknown, unknown> | undefined): GraphQLNamedType | undefined {
  return definition === undefined ? undefined : getNamedType(definition.type);
}

/** True for the wrapper fields of a connection (`edges`, `nodes`) and of an edge (`node`): they add no traversal. */
export function isPlumbing(field: FieldNode, parent: GraphQLNamedType | undefined): boolean {
  const name = field.name.value;
  const type = parent?.name ?? '';
  return (
    (type.endsWith('Connection') && (name === 'edges' || name === 'nodes')) ||
    (type.endsWith('Edge') && name === 'node')
  );
}
