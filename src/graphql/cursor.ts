import { createHash } from 'node:crypto';
import { BadUserInputError } from '../errors/request-errors';

/**
 * Opaque cursors the API issues and only those: base64url of a small JSON
 * body (the list the cursor belongs to and a position in it), a dot, and a
 * checksum of the body. A cursor whose checksum fails, whose body is not the
 * expected shape, or that belongs to another list (another field, another
 * sort order) is a `BAD_USER_INPUT` naming the argument. The checksum is not
 * a secret: forging a cursor gains nothing, because positions reach the
 * database only as typed parameters compared with `>`/`<` (keyset paging) or
 * as an index into a list already in memory, never as `SKIP`.
 */

/** Longest cursor accepted; the API's own are well under 300 characters. */
const MAX_CURSOR_LENGTH = 512;
const CHECKSUM_SALT = 'asean-urban-kg cursor v1\n';

/** A position in a list: whatever the list's pager needs, as plain JSON. */
export type CursorPosition = string | number | boolean | null | readonly CursorPosition[];

function checksum(body: string): string {
  return createHash('sha256').update(CHECKSUM_SALT).update(body).digest('base64url').slice(0, 16);
}

/** A cursor for `position` in the list named `scope` (for example `cities:name_asc` or `City.officers`). */
export function encodeCursor(scope: string, position: CursorPosition): string {
  const body = Buffer.from(JSON.stringify({ s: scope, p: position }), 'utf8').toString('base64url');
  return `${body}.${checksum(body)}`;
}

function notACursor(argument: string): BadUserInputError {
  return new BadUserInputError(
    `Argument "${argument}" is not a cursor from this API: pass the cursor or endCursor of a previous page.`,
    argument,
  );
}

function readBody(cursor: string): { s: unknown; p: unknown } | undefined {
  if (cursor.length > MAX_CURSOR_LENGTH) return undefined;
  const dot = cursor.indexOf('.');
  const body = cursor.slice(0, dot);
  if (dot < 1 || cursor.slice(dot + 1) !== checksum(body)) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && 's' in parsed && 'p' in parsed
      ? (parsed as { s: unknown; p: unknown })
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The position a cursor holds, after checking it is one this API issued for
 * the list `scope`. Callers still check the position's shape (`invalid()`
 * gives the error to throw when it is wrong).
 */
export function decodeCursor(cursor: string, argument: string, scope: string): unknown {
  const body = readBody(cursor);
  if (body === undefined) throw notACursor(argument);
  if (body.s !== scope) {
    throw new BadUserInputError(
      `Argument "${argument}" is a cursor of ${JSON.stringify(body.s)}, not of ${JSON.stringify(scope)}: ` +
        'a cursor only continues the list (and sort order) it came from.',
      argument,
    );
  }
  return body.p;
}

/** The error for a cursor whose checksum holds but whose position does not fit the list. */
export const invalidCursor = notACursor;
