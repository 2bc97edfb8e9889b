import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { labelOfId } from '../../model';
import { BadUserInputError, NotFoundError } from '../../errors/request-errors';
import { Node } from './node.interface';
import { PAGE_SIZE } from '../page';
import { checkId } from './entity-resolver';
import { entityType } from './entity-types';
import type { NodeRecord } from '../../graph/records';
import { CitationObject, citationsOf, toCitationObjects } from './citation.type';

async function lookUp(ctx: RequestContext, id: string, argument: string): Promise<NodeRecord | null> {
  checkId(id, argument);
  const label = labelOfId(id);
  if (label === undefined) {
    throw new BadUserInputError(`Argument "${argument}" has an id prefix no type uses: "${id}".`, argument);
  }
  return ctx.loaders.node(label).load(id);
}

/** `node(id)`, `nodes(ids)`, and the `sources` and `citations` of every node. */
@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any entity by id (its type follows from the id prefix), or null if there is none.',
  })
  node(
    @Arg('id', () => ID, { description: 'An id such as `city:cebu-city`.' }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<NodeRecord | null> {
    return lookUp(ctx, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Entities by id, in the order asked (at most ${PAGE_SIZE.max}). An id without an entity gives null there and a NOT_FOUND error whose path points at it.`,
  })
  async nodes(
    @Arg('ids', () => [ID], { description: 'Ids such as `city:cebu-city`.' }) ids: string[],
    @Ctx() ctx: RequestContext,
  ): Promise<(NodeRecord | Error)[]> {
    if (ids.length > PAGE_SIZE.max) {
      throw new BadUserInputError(`Argument "ids" may hold at most ${PAGE_SIZE.max} ids; got ${ids.length}.`, 'ids');
    }
    ids.forEach((id) => checkId(id, 'ids'));
    const found = await Promise.all(ids.map((id) => lookUp(ctx, id, 'ids')));
    // graphql-js reports an Error in a list as an error at that item's path, with null in its place.
    return found.map((node, i) => node ?? new NotFoundError(ids[i] as string));
  }

  @FieldResolver(() => [entityType('Source')], {
    description: 'The documents that state this entity: cite them for it.',
  })
  sources(@Root() node: NodeRecord, @Ctx() ctx: RequestContext): NodeRecord[] | Promise<NodeRecord[]> {
    return ctx.loaders.sources(node.sources);
  }

  @FieldResolver(() => [CitationObject], {
    description:
      'Where each document states this entity: the document and the line (or characters of a line) of its stored copy. Use it to point a reader at the passage.',
  })
  citations(@Root() node: NodeRecord, @Ctx() ctx: RequestContext): CitationObject[] {
    return toCitationObjects(ctx, citationsOf(node));
  }
}
