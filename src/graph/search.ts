import { SEARCH_QUERY_NAME } from '../db';
import type { GraphDatabase } from '../db';

/**
 * Full-text search over the `search` text of every node (see
 * `search-text.ts`), through each engine's own index (the query files are
 * engine-specific, made in `src/db/search-queries.ts`).
 */

/** Ids and scores of the nodes whose `search` text matches any of `terms`, best first, then by id. */
export async function readSearchHits(
  db: GraphDatabase,
  terms: readonly string[],
): Promise<{ id: string; score: number }[]> {
  if (terms.length === 0) return [];
  const rows = await db.read(SEARCH_QUERY_NAME, { q: terms.join(' ') });
  return rows
    .map((row) => ({ id: String(row.id), score: Number(row.score) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
