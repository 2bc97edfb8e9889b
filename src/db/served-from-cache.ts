import type { Row } from './port';

/** Answers the read cache handed out (fresh arrays, so the mark is per answer). */
const served = new WeakSet<readonly Row[]>();

/** Marks `rows` as answered by the read cache, not by the engine; returns them. */
export function markServedFromCache(rows: Row[]): Row[] {
  served.add(rows);
  return rows;
}

/** True when `rows` came from the read cache rather than from the engine (statistics count no round trip). */
export function servedFromCache(rows: readonly Row[]): boolean {
  return served.has(rows);
}
