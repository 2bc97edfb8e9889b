import { BadUserInputError } from './errors';

const PREFIX = 'offset:';

/**
 * Opaque cursors: base64 of the position in the ordered list. Positions are
 * stable because every list orders by its sort key and then by id; a cursor
 * from a page stays meaningful while the graph does not change.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The position after which a page starts; a cursor this API did not issue is a `BAD_USER_INPUT` on `argument`. */
export function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw new BadUserInputError(
      `Argument "${argument}" is not a cursor from this API: pass the cursor or endCursor of a previous page.`,
      argument,
    );
  }
  return offset;
}
