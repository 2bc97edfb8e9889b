import { Args, Ctx, FieldResolver, Root } from 'type-graphql';
import type { ClassRef } from './class-builder';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Node } from './node.interface';
import { PageArgs, offsetWindow } from '../page';
import { buildConnectionTypes, buildEdgeType } from './connection-types';
import type { NodeRecord } from '../../graph/records';
import {
  edgesOf,
  pagedRelationConnection,
  relationEdgeFields,
  relationScope,
  targetType,
  toEdgeObject,
  toRelationConnection,
} from './relation-edges';
import { edgeFieldName, edgeTypeName, relationTypePrefix } from '../inflection';
import { relationFields } from './relation-fields';
import type { RelationFieldSpec } from './relation-fields';

type Handler = (root: NodeRecord, ctx: RequestContext, args: PageArgs) => Promise<unknown>;

/**
 * Adds a field resolver named `name` to a resolver class: what the
 * `@FieldResolver`, `@Root`, `@Ctx` and `@Args` decorators would do on a
 * hand-written method, for fields that come from the graph model.
 */
function defineField(
  cls: ClassType,
  name: string,
  type: () => ClassRef,
  options: { description: string; nullable: boolean; paged: boolean },
  handler: Handler,
): void {
  const proto = cls.prototype as Record<string, unknown>;
  proto[name] = options.paged
    ? (root: NodeRecord, args: PageArgs, ctx: RequestContext) => handler(root, ctx, args)
    : (root: NodeRecord, ctx: RequestContext) => handler(root, ctx, {});
  const descriptor = Object.getOwnPropertyDescriptor(proto, name) as PropertyDescriptor;
  FieldResolver(type, { description: options.description, nullable: options.nullable })(proto, name, descriptor);
  Root()(proto, name, 0);
  if (options.paged) Args(() => PageArgs)(proto, name, 1);
  Ctx()(proto, name, options.paged ? 2 : 1);
}

function addOneField(cls: ClassType, field: RelationFieldSpec): void {
  const node = targetType(field, Node);
  const edgeType = buildEdgeType(
    edgeTypeName(relationTypePrefix(field.owner, field.name)),
    node,
    relationEdgeFields(field.type),
    {
      description: `The relationship behind \`${field.owner}.${field.name}\`, with its properties and sources.`,
      cursor: false,
    },
  );
  // A field of one label reads only that label's table; one showing several reads them all and keeps its labels.
  const [target] = field.targets;
  const edges =
    field.targets.length === 1 && target !== undefined
      ? (root: NodeRecord, ctx: RequestContext) =>
          ctx.loaders
            .relationsTo({ type: field.type, direction: field.direction, owner: field.owner, target })
            .load(root.id)
      : (root: NodeRecord, ctx: RequestContext) => edgesOf(ctx, field, root);
  const first = async (root: NodeRecord, ctx: RequestContext) => (await edges(root, ctx))[0];
  defineField(
    cls,
    field.name,
    node,
    { description: field.description, nullable: true, paged: false },
    async (root, ctx) => {
      return (await first(root, ctx))?.node ?? null;
    },
  );
  const edgeDescription = `The relationship behind \`${field.name}\`: its properties and the sources to cite for it.`;
  defineField(
    cls,
    edgeFieldName(field.name),
    () => edgeType,
    { description: edgeDescription, nullable: true, paged: false },
    async (root, ctx) => {
      const edge = await first(root, ctx);
      return edge === undefined ? null : toEdgeObject(ctx, edge);
    },
  );
}

const isSingleTarget = (
  field: RelationFieldSpec,
): field is RelationFieldSpec & { readonly targets: readonly [string] } => field.targets.length === 1;

function addListField(cls: ClassType, field: RelationFieldSpec): void {
  const prefix = relationTypePrefix(field.owner, field.name);
  const types = buildConnectionTypes(
    prefix,
    targetType(field, Node),
    relationEdgeFields(field.type),
    `\`${field.owner}.${field.name}\``,
  );
  const options = { description: field.description, nullable: false, paged: true };
  defineField(
    cls,
    field.name,
    () => types.connection,
    options,
    async (root, ctx, args) => {
      const scope = relationScope(field);
      const window = offsetWindow(args, scope);
      // A list of one label is paged in the engine; one showing several labels is read whole and paged here.
      if (isSingleTarget(field)) return pagedRelationConnection(ctx, field, root, window, scope);
      return toRelationConnection(ctx, await edgesOf(ctx, field, root), window, scope);
    },
  );
}

/**
 * Adds every relationship field of `label` (both directions, from the graph
 * model) to its resolver class: connections for lists, a plain field plus an
 * `…Edge` field for single relationships. Each goes through the request's
 * relationship loader, one query per field per depth.
 */
export function addRelationFields(cls: ClassType, label: string): void {
  for (const field of relationFields(label)) {
    if (field.one) addOneField(cls, field);
    else addListField(cls, field);
  }
}
