import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { decodeCursor, encodeCursor } from './cursor';
import { BadUserInputError } from './errors';

/** Page sizes: `first` defaults to 20 and may not exceed 100 (DESIGN.md, "Security and limits"). */
export const PAGE_SIZE = { default: 20, max: 100 } as const;

/** Arguments of every connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: PAGE_SIZE.default,
    description: `How many items to return, from 0 to ${PAGE_SIZE.max}.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (the `endCursor` of the previous page).',
  })
  after?: string | null;
}

/** Where a page starts and how many items it holds. */
export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

/** Validates `first` and `after`; out-of-range values are `BAD_USER_INPUT` naming the argument. */
export function pageWindow(args: PageArgs): PageWindow {
  const first = args.first ?? PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE.max) {
    throw new BadUserInputError(`Argument "first" must be between 0 and ${PAGE_SIZE.max}; got ${first}.`, 'first');
  }
  const offset = args.after == null ? 0 : decodeCursor(args.after, 'after') + 1;
  return { offset, limit: first };
}

/** Relay page information. */
@ObjectType({ description: 'Where a page stands in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** A page of items with their cursors, as connection resolvers return it (edges are built by the caller). */
export interface Page<T> {
  readonly items: readonly { readonly item: T; readonly cursor: string }[];
  readonly pageInfo: PageInfo;
}

/**
 * Cuts one page from `rows`, which start at `window.offset` and may hold one
 * row more than the page (that extra row only says a next page exists).
 */
export function toPage<T>(rows: readonly T[], window: PageWindow): Page<T> {
  const kept = rows.slice(0, window.limit);
  const items = kept.map((item, i) => ({ item, cursor: encodeCursor(window.offset + i) }));
  return {
    items,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.offset > 0,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items[items.length - 1]?.cursor ?? null,
    },
  };
}
