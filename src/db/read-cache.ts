import { LRUCache } from 'lru-cache';
import { forwardingDatabase, wrapWithScopes } from './query-stats';
import { markServedFromCache } from './served-from-cache';
import type { GraphDatabase, Params, QueryRef, Row, Value } from './port';

/**
 * Answers of reads kept until the next write, for an engine whose graph only
 * this process can change: an embedded Kùzu database is locked by the process
 * that opens it read-write, and one opened read-only cannot be written by
 * anybody while it is open. Kùzu spends 0.2–1 ms on every statement whatever it
 * reads (each pipeline is handed to its worker threads and back), which bounds
 * a 161-node graph's throughput; a repeated statement (the same text and
 * parameters) is answered here instead. Never used on Neo4j by default, where
 * other clients write.
 *
 * Rows are frozen before they are shared, so a caller that changed one would
 * fail loudly instead of corrupting other answers.
 */

export interface ReadCacheOptions {
  /** Budget for the kept answers, in bytes of their JSON form. */
  readonly maxBytes: number;
  /** Answers with more rows are not kept (the whole-graph export, large scans). */
  readonly maxRows: number;
}

function deepFreeze(value: Value): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Array.isArray(value) ? value : Object.values(value)) deepFreeze(inner);
}

/**
 * What the ports of one database share: its kept answers and what writes are under way. Two opens of one
 * embedded file in a process share one engine (kuzu-registry.ts), so the embedded adapter gives them one state
 * too: a write through either forgets what both have kept.
 */
export interface ReadCacheState {
  readonly cache: LRUCache<string, readonly Row[]>;
  generation: number;
  writing: number;
}

/** Answers with more rows than this are never kept (whole-graph reads, large scans). */
const CACHED_ROWS_MAX = 2000;

/** The cache's bounds for a budget of `megabytes` (`READ_CACHE_MB`). */
export function readCacheOptions(megabytes: number): ReadCacheOptions {
  return { maxBytes: megabytes * 2 ** 20, maxRows: CACHED_ROWS_MAX };
}

export function newReadCacheState(options: ReadCacheOptions): ReadCacheState {
  return { cache: new LRUCache<string, readonly Row[]>({ maxSize: options.maxBytes }), generation: 0, writing: 0 };
}

/** The key of a read: its query (by name, or name and text for inline queries) and its parameters. */
function keyOf(query: QueryRef, params: Params): string {
  const name = typeof query === 'string' ? query : `${query.name}\n${query.text}`;
  return `${name}\n${JSON.stringify(params)}`;
}

/**
 * The same port with a shared cache in front of `read`. Every write through
 * it (`write`, `runScript`, `applySchema`) empties the cache when it starts and
 * again when it ends, and an answer read while a write was under way is not
 * kept: it may describe the graph before the write.
 */
export function cachedReads(
  db: GraphDatabase,
  options: ReadCacheOptions,
  state: ReadCacheState = newReadCacheState(options),
): GraphDatabase {
  const { cache } = state;
  const forget = (): void => {
    state.generation += 1;
    cache.clear();
  };
  const writeThrough = async <T>(run: () => Promise<T>): Promise<T> => {
    state.writing += 1;
    forget();
    try {
      return await run();
    } finally {
      state.writing -= 1;
      forget();
    }
  };
  const keep = (key: string, rows: Row[]): void => {
    if (rows.length > options.maxRows) return;
    const bytes = key.length + JSON.stringify(rows).length;
    if (bytes > options.maxBytes / 8) return;
    for (const row of rows) deepFreeze(row);
    cache.set(key, Object.freeze([...rows]), { size: bytes });
  };
  // A read scope's misses go to the scope (its transaction on Neo4j); its hits come from the shared cache.
  const readThrough =
    (inner: GraphDatabase): GraphDatabase['read'] =>
    async (query, params = {}, queryOptions) => {
      const key = keyOf(query, params);
      const kept = cache.get(key);
      if (kept !== undefined) return markServedFromCache([...kept]);
      const before = state.generation;
      const rows = await inner.read(query, params, queryOptions);
      if (before === state.generation && state.writing === 0) keep(key, rows);
      return rows;
    };
  return wrapWithScopes(db, (inner) => ({
    ...forwardingDatabase(inner),
    read: readThrough(inner),
    write: (query, params, queryOptions) => writeThrough(() => inner.write(query, params, queryOptions)),
    runScript: (batches, scriptOptions) => writeThrough(() => inner.runScript(batches, scriptOptions)),
    applySchema: () => writeThrough(() => inner.applySchema()),
  }));
}
