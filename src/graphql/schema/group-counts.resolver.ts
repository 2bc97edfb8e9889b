import {
  Arg,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { groupingsOf, readGroupCounts } from '../../graph/group-counts';
import type { FilterValues } from '../../graph/list-params';
import type { EntitySpec } from '../../specs';
import { enumValueName, groupingTypeName } from '../inflection';
import { Node } from './node.interface';

@ObjectType({ description: 'How many nodes of a list fall in one group.', simpleResolvers: true })
export class GroupCount {
  @Field(() => String, {
    nullable: true,
    description:
      'The group: the property value as JSON text (`true`, `"workshop"`), or the related node id; null for the nodes without the property.',
  })
  key!: string | null;

  @Field(() => Node, { nullable: true, description: 'For a grouping by related node, that node.' })
  node!: unknown;

  @Field(() => Int, { description: 'How many nodes of the filtered list are in the group.' })
  count!: number;
}

/** The most groups `groupCounts` returns. */
const MAX_GROUPS = 100;

/**
 * `groupCounts(by)` on a label's list connection: the nodes its `filter`
 * selects, counted per group, for every grouping the label's spec offers
 * (each `equals` and `related` filter). Undefined for a label without any.
 */
export function groupCountResolver(spec: EntitySpec, connection: ClassType): ClassType | undefined {
  const groupings = groupingsOf(spec);
  if (groupings.length === 0) return undefined;
  const by: Record<string, string> = Object.fromEntries(groupings.map((g) => [enumValueName(g.name), g.name]));
  registerEnumType(by, {
    name: groupingTypeName(spec.label),
    description: `How to group ${spec.label} nodes in \`groupCounts\`.`,
    valuesConfig: Object.fromEntries(
      groupings.map((g) => [
        enumValueName(g.name),
        { description: g.kind === 'property' ? `By \`${g.property}\`.` : `By the related ${g.label}.` },
      ]),
    ),
  });

  @Resolver(() => connection)
  class GroupCountResolver {
    // Read by the cost limit.
    @Extensions({ maxItems: MAX_GROUPS })
    @FieldResolver(() => [GroupCount], {
      description: `The ${spec.label} nodes the list's filter selects (all pages), counted per group: the ${MAX_GROUPS} largest groups, largest first. Nodes in several groups (an agreement with several parties) count in each.`,
    })
    async groupCounts(
      @Root() root: { filter: FilterValues },
      @Arg('by', () => by, { description: 'What to group by.' }) name: string,
      @Ctx() ctx: RequestContext,
    ): Promise<unknown[]> {
      const grouping = groupings.find((g) => g.name === name);
      if (grouping === undefined) return [];
      const counts = await readGroupCounts(ctx.loaders.db, spec, root.filter, grouping);
      return counts.slice(0, MAX_GROUPS).map(({ key, count }) => ({
        key,
        count,
        node: grouping.kind === 'related' && key !== null ? () => ctx.loaders.node(grouping.label).load(key) : null,
      }));
    }
  }
  Object.defineProperty(GroupCountResolver, 'name', { value: `${spec.label}GroupCountResolver` });
  return GroupCountResolver;
}
