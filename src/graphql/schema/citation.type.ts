import { Field, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../../context';
import { parseCitation } from '../../model';
import type { NodeRecord } from '../../graph/records';
import { entityType } from './entity-types';

/** One citation with its locator, as GraphQL resolves it: the source is looked up only when selected. */
@ObjectType('Citation', {
  description:
    'Where a document states a fact: the document, and the line (and, for a long line, the characters) of its stored copy. General knowledge has no locator.',
  simpleResolvers: true,
})
export class CitationObject {
  @Field(() => entityType('Source'), {
    nullable: true,
    description: 'The cited document (null only if the graph lacks the Source node, which the data checks refuse).',
  })
  source!: () => Promise<NodeRecord | null>;

  @Field(() => String, {
    nullable: true,
    description: 'The locator as stored, such as `L6:233-385`; null for a general-knowledge citation.',
  })
  locator!: string | null;

  @Field(() => Int, { nullable: true, description: 'The cited line of the stored copy, counted from 1.' })
  line!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Where the cited passage starts within the line, in characters from 0; null when the whole line is cited.',
  })
  start!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Where the cited passage ends within the line: the first character after it; null when the whole line is cited.',
  })
  end!: number | null;
}

/**
 * The citations of a node or relationship as GraphQL objects, in stored
 * order. Malformed entries (which the data checks refuse) are left out.
 */
export function toCitationObjects(ctx: RequestContext, citations: readonly string[]): CitationObject[] {
  return citations.flatMap((text) => {
    const citation = parseCitation(text);
    if (citation === null) return [];
    const { sourceId, locator, line, start, end } = citation;
    const source = async (): Promise<NodeRecord | null> => (await ctx.loaders.sources([sourceId]))[0] ?? null;
    return [{ source, locator, line, start, end }];
  });
}

/** The `citations` list property of a stored node or relationship (never null). */
export function citationsOf(record: { readonly [property: string]: unknown }): string[] {
  const value = record.citations;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
