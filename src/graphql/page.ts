import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor';
import { BadUserInputError } from '../errors/request-errors';

/** Page sizes: `first` defaults to 20 and may not exceed 100 (docs/architecture.md, "Limits and hostile input"). */
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

/** Validates `first`; out-of-range values are `BAD_USER_INPUT` naming the argument. */
export function pageSize(args: PageArgs): number {
  const first = args.first ?? PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 0 || first > PAGE_SIZE.max) {
    throw new BadUserInputError(`Argument "first" must be between 0 and ${PAGE_SIZE.max}; got ${first}.`, 'first');
  }
  return first;
}

/** Where a page of an in-memory list starts and how many items it holds. */
export interface PageWindow {
  readonly offset: number;
  readonly limit: number;
}

/**
 * The window of a list paged in memory (relationship fields): `after` holds
 * the index of the last item seen, in the list `scope`. The index only ever
 * slices an array; it never reaches the database.
 */
export function offsetWindow(args: PageArgs, scope: string): PageWindow {
  const limit = pageSize(args);
  if (args.after == null) return { offset: 0, limit };
  const index = decodeCursor(args.after, 'after', scope);
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) throw invalidCursor('after');
  return { offset: index + 1, limit };
}

/** Relay page information (its cursors are made only when selected: see `LazyCursor`). */
@ObjectType({ description: 'Where a page stands in the whole list.', simpleResolvers: true })
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

/**
 * A cursor made on first call, and only then: GraphQL's default resolver
 * calls a function-valued field, so an edge or page that nobody asks the
 * cursor of never computes its checksum (most nested pages select none).
 */
export type LazyCursor = () => string;

function lazyCursor(make: () => string): LazyCursor {
  let cursor: string | undefined;
  return () => (cursor ??= make());
}

/** Page information as resolvers return it: `PageInfo` with lazy cursors. */
export interface PageInfoValue {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: LazyCursor | null;
  readonly endCursor: LazyCursor | null;
}

/** A page of items with their cursors, as connection resolvers return it (edges are built by the caller). */
export interface Page<T> {
  readonly items: readonly { readonly item: T; readonly cursor: LazyCursor }[];
  readonly pageInfo: PageInfoValue;
}

/**
 * Cuts one page of `limit` items from `rows`, which may hold one row more
 * than the page (that extra row only says a next page exists); `cursorOf`
 * gives each kept item its cursor.
 */
export function toPage<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (item: T, index: number) => string,
  hasPreviousPage: boolean,
): Page<T> {
  const items = rows.slice(0, limit).map((item, i) => ({ item, cursor: lazyCursor(() => cursorOf(item, i)) }));
  return {
    items,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items[items.length - 1]?.cursor ?? null,
    },
  };
}

/** One page of a list held in memory, with index cursors scoped to `scope`. */
export function slicePage<T>(all: readonly T[], window: PageWindow, scope: string): Page<T> {
  const rows = all.slice(window.offset, window.offset + window.limit + 1);
  return toPage(rows, window.limit, (_, i) => encodeCursor(scope, window.offset + i), window.offset > 0);
}
