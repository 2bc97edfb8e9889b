import { Arg, Ctx, Extensions, Field, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../errors/request-errors';
import { readNodesAnyLabel } from '../../graph/exploration';
import { isDateBound, readTimeline, readUndated } from '../../graph/timeline';
import { labelOfId } from '../../model';
import { entityType } from './entity-types';
import { GraphLabel, GraphRelationshipType } from './graph.types';
import { LabelCount } from './graph-stats.type';
import { Node } from './node.interface';

/** How precisely a source dates something. */
export enum DatePrecision {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  DAY = 'DAY',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely the source dates it: a year (`2018`), a month (`2018-07`) or a day (`2018-07-08`).',
  valuesConfig: {
    YEAR: { description: 'A year, `2018`.' },
    MONTH: { description: 'A month, `2018-07`.' },
    DAY: { description: 'A day, `2018-07-08`.' },
  },
});

@ObjectType({
  description: 'One dated fact: something a node or a relationship records happening.',
  simpleResolvers: true,
})
export class TimelineEntry {
  @Field({ description: 'The date, at the precision the source gives.' })
  date!: string;

  @Field(() => DatePrecision, { description: 'Year, month or day.' })
  precision!: DatePrecision;

  @Field({ description: 'What happened, from the graph model: "took place", "signed or announced", "joined", …' })
  event!: string;

  @Field({ description: 'The property that holds the date (`date`, `adopted`, `since`, …).' })
  property!: string;

  @Field(() => Node, { description: 'The node it is about (for a relationship, the one it starts at).' })
  node!: unknown;

  @Field(() => Node, { nullable: true, description: 'For a relationship, the node it ends at.' })
  related!: unknown;

  @Field(() => GraphRelationshipType, { nullable: true, description: 'For a relationship, its type.' })
  relationshipType!: string | null;

  @Field(() => [entityType('Source')], { description: 'The documents that state it: cite them.' })
  sources!: unknown;
}

@ObjectType({ description: 'Dated facts in date order, and what could not be placed on it.' })
export class Timeline {
  @Field(() => [TimelineEntry], {
    description: 'In date order; a coarser date comes before the finer ones it contains (`2018` before `2018-07-08`).',
  })
  entries!: TimelineEntry[];

  @Field(() => [LabelCount], { description: 'Per label, how many of its nodes have no date and are left out.' })
  undated!: LabelCount[];

  @Field({ description: 'True when `limit` left entries out.' })
  truncated!: boolean;
}

const MAX_ENTRIES = 1000;

const precisionOf = (date: string): DatePrecision =>
  date.length <= 4 ? DatePrecision.YEAR : date.length <= 7 ? DatePrecision.MONTH : DatePrecision.DAY;

function bound(value: string | null | undefined, argument: string): string | undefined {
  if (value == null) return undefined;
  if (!isDateBound(value)) {
    throw new BadUserInputError(`Argument "${argument}" must be a date like 2019, 2019-08 or 2019-08-23.`, argument);
  }
  return value;
}

/** `timeline`: what happened when, across the graph. */
@Resolver()
export class TimelineResolver {
  // The cost estimate bounds `limit` by the timeline's own maximum, not the explorations' node maximum.
  @Extensions({ costPerItem: 1, maxLimit: MAX_ENTRIES })
  @Query(() => Timeline, {
    description:
      'Everything dated (summits and meetings, chairmanships, agreements, adoptions of frameworks, memberships, offices, documents) in date order, between `from` and `to`, each with its date precision and sources.',
  })
  async timeline(
    @Arg('from', () => String, {
      nullable: true,
      description: 'Earliest date kept: `2018`, `2018-07` or `2018-07-08`.',
    })
    from: string | null | undefined,
    @Arg('to', () => String, {
      nullable: true,
      description: 'Latest date kept, inclusive of everything it contains (`2019` keeps `2019-12-31`).',
    })
    to: string | null | undefined,
    @Arg('labels', () => [GraphLabel], { nullable: true, description: 'Only facts about nodes of these labels.' })
    labels: string[] | null | undefined,
    @Arg('limit', () => Int, { defaultValue: 200, description: `At most this many entries, 1 to ${MAX_ENTRIES}.` })
    limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    const start = bound(from, 'from');
    const end = bound(to, 'to');
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ENTRIES) {
      throw new BadUserInputError(`Argument "limit" must be between 1 and ${MAX_ENTRIES}; got ${limit}.`, 'limit');
    }
    const wanted = labels == null ? undefined : new Set(labels);
    const [records, undated] = await Promise.all([
      readTimeline(ctx.loaders.db, start, end),
      readUndated(ctx.loaders.db),
    ]);
    const kept = records.filter((r) => wanted === undefined || wanted.has(labelOfId(r.id) ?? ''));
    const page = kept.slice(0, limit);
    const ids = [...new Set(page.flatMap((r) => (r.related === undefined ? [r.id] : [r.id, r.related])))];
    const nodes = new Map((await readNodesAnyLabel(ctx.loaders.db, ids)).map((n) => [n.id, n]));
    return {
      truncated: kept.length > limit,
      undated: undated.filter((u) => wanted === undefined || wanted.has(u.label)),
      entries: page.map((r) => ({
        date: r.date,
        precision: precisionOf(r.date),
        event: r.event,
        property: r.property,
        node: nodes.get(r.id),
        related: r.related === undefined ? null : nodes.get(r.related),
        relationshipType: r.type ?? null,
        sources: () => ctx.loaders.sources(r.sources),
      })),
    };
  }
}
