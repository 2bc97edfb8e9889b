import { Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { PageInfo } from '../page';
import { buildObjectType } from './class-builder';
import type { ClassRef, FieldDef } from './class-builder';
import { connectionTypeName, edgeTypeName } from '../inflection';

/** The edge and connection classes of one list. */
export interface ConnectionTypes {
  readonly edge: ClassType;
  readonly connection: ClassType;
}

/** An edge class: the node, optionally a cursor, and any fields the edge carries (relationship properties). */
export function buildEdgeType(
  name: string,
  node: () => ClassRef,
  fields: readonly FieldDef[],
  options: { description: string; cursor: boolean },
): ClassType {
  const cursor: FieldDef[] = options.cursor
    ? [{ name: 'cursor', type: () => String, description: 'Opaque position of this edge; pass it as `after`.' }]
    : [];
  const nodeField: FieldDef = { name: 'node', type: node, description: 'The node at this end of the edge.' };
  return buildObjectType(name, options.description, [...cursor, nodeField, ...fields]);
}

/**
 * `<prefix>Edge` and `<prefix>Connection`: Relay connection types with
 * `edges`, a `nodes` shortcut, `pageInfo` and `totalCount`. `totalCount` may
 * be a function on the returned object so the count query runs only when
 * asked for.
 */
export function buildConnectionTypes(
  prefix: string,
  node: () => ClassRef,
  edgeFields: readonly FieldDef[],
  description: string,
): ConnectionTypes {
  const edge = buildEdgeType(edgeTypeName(prefix), node, edgeFields, {
    description: `One item of ${description}.`,
    cursor: true,
  });
  const connection = buildObjectType(connectionTypeName(prefix), `A page of ${description}.`, [
    { name: 'edges', type: () => [edge], description: 'The items of this page with their cursors.' },
    { name: 'nodes', type: () => [node()], description: 'The nodes of this page, without edge data.' },
    { name: 'pageInfo', type: () => PageInfo, description: 'Where this page stands in the whole list.' },
    { name: 'totalCount', type: () => Int, description: 'How many items the whole list holds.' },
  ]);
  return { edge, connection };
}
