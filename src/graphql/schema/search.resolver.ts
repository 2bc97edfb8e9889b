import { createHash } from 'node:crypto';
import { Arg, Args, Ctx, Field, Float, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { BadUserInputError } from '../../errors/request-errors';
import { readNodesAnyLabel } from '../../graph/exploration';
import type { NodeRecord } from '../../graph/records';
import { readSearchHits } from '../../graph/search';
import { fold, queryTerms, searchedValues } from '../../graph/search-text';
import { labelOfId } from '../../model';
import { offsetWindow, PageArgs, slicePage } from '../page';
import { buildConnectionTypes } from './connection-types';
import { GraphLabel } from './graph.types';
import { Node } from './node.interface';

/** Longest search text accepted. */
const MAX_TEXT = 1000;

@ObjectType({ description: 'Where a search hit matched: a field of the node and its value.' })
export class SearchMatch {
  @Field({ description: 'The field: `name`, `aliases`, `designation`, `note`, …' })
  field!: string;

  @Field({ description: 'Its value (one alias, for `aliases`).' })
  value!: string;
}

const { connection } = buildConnectionTypes(
  'Search',
  () => Node,
  [
    {
      name: 'score',
      type: () => Float,
      description:
        'How well the node matches (higher is better): per searched word, 4 for a whole word of its name or an alias, 3 for the beginning of one, 2 and 1 for other fields; 5 more when a name or alias is exactly the searched words.',
    },
    {
      name: 'matched',
      type: () => [SearchMatch],
      description: 'The fields whose words begin with one of the searched words.',
    },
  ],
  'search hits, best first',
);

/** Most hits ranked (the engines' candidates beyond it are left out). */
const MAX_HITS = 500;

/**
 * How well a node matches, the same on both engines: per searched word, its
 * best match (a whole word of the name or an alias 4, the beginning of one 3,
 * a whole word of another field 2, the beginning of one 1), summed, plus 5
 * when a name or alias is exactly the searched words. The engines' own
 * scores differ (Kùzu's BM25 over its one `SearchText` table, Neo4j's Lucene
 * index): they only break ties, after `spareWords`.
 */
function relevance(fields: readonly FoldedField[], terms: readonly string[]): number {
  // A name or alias that is exactly what was asked for ("ASCN", "Nay Pyi Taw") names the node itself.
  const asked = terms.join(' ');
  const naming = (f: FoldedField): boolean => f.field === 'name' || f.field === 'aliases';
  const exact = fields.some((f) => naming(f) && f.words.join(' ') === asked) ? 5 : 0;
  return terms.reduce((sum, term) => {
    let best = 0;
    for (const f of fields) {
      if (f.words.includes(term)) best = Math.max(best, naming(f) ? 4 : 2);
      else if (f.words.some((w) => w.startsWith(term))) best = Math.max(best, naming(f) ? 3 : 1);
    }
    return sum + best;
  }, exact);
}

/**
 * Ties between nodes whose names hold every searched word go to the tighter
 * name: the fewest words a name or alias has besides the searched ones
 * ("Ho Chi Minh City" before "Ho Chi Minh City People's Committee");
 * Infinity when no name or alias holds them all.
 */
function spareWords(fields: readonly FoldedField[], terms: readonly string[]): number {
  const holds = (f: FoldedField): boolean => terms.every((t) => f.words.some((w) => w.startsWith(t)));
  const spare = fields
    .filter((f) => (f.field === 'name' || f.field === 'aliases') && holds(f))
    .map((f) => f.words.length - terms.length);
  return spare.length === 0 ? Infinity : Math.min(...spare);
}

/** One searched value of a node with its folded words. */
interface FoldedField {
  readonly field: string;
  readonly value: string;
  readonly words: string[];
}

const foldedFields = (node: NodeRecord): FoldedField[] =>
  searchedValues(node, labelOfId(node.id) ?? '').map(([field, value]) => ({
    field,
    value,
    words: fold(value).split(' '),
  }));

/** The fields with a word beginning with one of `terms`. */
const matchesOf = (fields: readonly FoldedField[], terms: readonly string[]): SearchMatch[] =>
  fields
    .filter((f) => f.words.some((word) => terms.some((term) => word.startsWith(term))))
    .map(({ field, value }) => ({ field, value }));

/** `search`: every node whose names, aliases or text mention the words, through the engines' full-text indexes. */
@Resolver()
export class SearchResolver {
  @Query(() => connection, {
    description:
      "Nodes whose name, aliases, designations, organisations, titles or notes contain the words of `text` (or words beginning with them), found through the engine's full-text index and ranked by where the words occur (names and aliases first). Case, accents and word order do not matter; acronyms and other spellings match where the graph records them as aliases. Each hit says which fields matched.",
  })
  async search(
    @Arg('text', { description: `The words to look for (at most ${MAX_TEXT} characters; punctuation is ignored).` })
    text: string,
    @Arg('labels', () => [GraphLabel], { nullable: true, description: 'Only nodes of these labels.' })
    labels: string[] | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<unknown> {
    if (text.length > MAX_TEXT) {
      throw new BadUserInputError(
        `Argument "text" may hold at most ${MAX_TEXT} characters; got ${text.length}.`,
        'text',
      );
    }
    const terms = queryTerms(text);
    // Cursors belong to one search: its words and labels, hashed to keep cursors short.
    const scope = `search:${createHash('sha256')
      .update(JSON.stringify([terms, labels ?? null]))
      .digest('base64url')
      .slice(0, 12)}`;
    const window = offsetWindow(page, scope);
    const wanted = labels == null ? undefined : new Set(labels);
    const candidates = (await readSearchHits(ctx.loaders.db, terms))
      .filter((hit) => wanted === undefined || wanted.has(labelOfId(hit.id) ?? ''))
      .slice(0, MAX_HITS);
    const nodes = await readNodesAnyLabel(
      ctx.loaders.db,
      candidates.map((hit) => hit.id),
    );
    const engineScore = new Map(candidates.map((hit) => [hit.id, hit.score]));
    const ranked = nodes
      .map((node) => ({ node, fields: foldedFields(node), engine: engineScore.get(node.id) ?? 0 }))
      .map((hit) => ({ ...hit, score: relevance(hit.fields, terms), spare: spareWords(hit.fields, terms) }))
      .filter((hit) => hit.score > 0)
      .sort(
        (a, b) => b.score - a.score || a.spare - b.spare || b.engine - a.engine || (a.node.id < b.node.id ? -1 : 1),
      );
    const paged = slicePage(ranked, window, scope);
    return {
      totalCount: ranked.length,
      pageInfo: paged.pageInfo,
      nodes: paged.items.map(({ item }) => item.node),
      edges: paged.items.map(({ item, cursor }) => ({
        cursor,
        node: item.node,
        score: item.score,
        matched: matchesOf(item.fields, terms),
      })),
    };
  }
}
