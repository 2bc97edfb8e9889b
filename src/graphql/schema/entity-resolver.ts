import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { idMismatch, idPrefixOf } from '../../model';
import { BadUserInputError } from '../../errors/request-errors';
import { pageSize, toPage } from '../page';
import type { PageArgs } from '../page';
import type { EntitySpec } from '../../specs/entity-spec';
import { entityType } from './entity-types';
import { countNodes, readNodePage } from '../../graph/repository';
import { decodeKeyset, keysetCursor } from './list-cursors';
import { groupCountResolver } from './group-counts.resolver';
import type { FilterValues } from '../../graph/list-params';
import { buildListTypes } from './list-types';
import type { NodeRecord } from '../../graph/records';
import { addRelationFields } from './relation-resolvers';

type ListArgs = PageArgs & { filter?: FilterValues | null; orderBy?: string | null };

/** Checks an id argument is well formed and of `label`; `BAD_USER_INPUT` naming `argument` otherwise. */
export function checkId(id: string, argument: string, label?: string): void {
  const mismatch = idMismatch(id, label);
  if (mismatch === 'malformed') {
    throw new BadUserInputError(`Argument "${argument}" must be an id like "city:hanoi"; got "${id}".`, argument);
  }
  if (mismatch === 'other-label') {
    throw new BadUserInputError(
      `Argument "${argument}" must be a ${label} id, which starts with "${idPrefixOf(label ?? '')}:"; got "${id}".`,
      argument,
    );
  }
}

async function list(ctx: RequestContext, spec: EntitySpec, args: ListArgs): Promise<unknown> {
  const limit = pageSize(args);
  const order = args.orderBy ?? 'name_asc';
  const after = args.after == null ? undefined : decodeKeyset(spec, order, args.after);
  const filter: FilterValues = { ...(args.filter ?? {}) };
  const rows = await readNodePage(ctx.loaders.db, spec, filter, order, { after, limit });
  const page = toPage(rows, limit, (node) => keysetCursor(spec, order, node), after !== undefined);
  return {
    edges: page.items.map(({ item, cursor }) => ({ cursor, node: item })),
    nodes: page.items.map(({ item }) => item),
    pageInfo: page.pageInfo,
    totalCount: () => countNodes(ctx.loaders.db, spec, filter),
    // For `groupCounts`, which counts the same filtered list.
    filter,
  };
}

/**
 * The resolver of one label: `<single>(id)` and `<plural>(first, after,
 * filter, orderBy)` at the root, and every relationship field of the label.
 * Entity modules call this once with their spec.
 */
export function entityResolver(spec: EntitySpec): ClassType[] {
  const { connection, args } = buildListTypes(spec);
  const type = (): ClassType => entityType(spec.label);

  @Resolver(type)
  class EntityResolver {
    @Query(type, {
      name: spec.single,
      nullable: true,
      description: `The ${spec.label} with this id, or null if there is none.`,
    })
    one(
      @Arg('id', () => ID, { description: `A ${spec.label} id.` }) id: string,
      @Ctx() ctx: RequestContext,
    ): Promise<NodeRecord | null> {
      checkId(id, 'id', spec.label);
      return ctx.loaders.node(spec.label).load(id);
    }

    @Query(() => connection, {
      name: spec.plural,
      description: `${spec.label} nodes, a page at a time, filtered and ordered.`,
    })
    many(@Args(() => args) listArgs: ListArgs, @Ctx() ctx: RequestContext): Promise<unknown> {
      return list(ctx, spec, listArgs);
    }
  }
  Object.defineProperty(EntityResolver, 'name', { value: `${spec.label}Resolver` });
  addRelationFields(EntityResolver, spec.label);
  const counts = groupCountResolver(spec, connection);
  return counts === undefined ? [EntityResolver] : [EntityResolver, counts];
}
