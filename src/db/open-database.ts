import { ConfigError } from '../config';
import type { AppConfig } from '../config';
import { openKuzu, removeDatabaseFiles } from './kuzu';
import type { GraphDatabase } from './port';
import { cachedReads, newReadCacheState } from './read-cache';
import type { ReadCacheState } from './read-cache';

/** Answers with more rows than this are never kept by the read cache (whole-graph reads, large scans). */
const CACHED_ROWS_MAX = 2000;

export interface OpenOptions {
  /** Who opens the database: `server`, `seed`, `check-data`, `test`… (named when the embedded database is locked). */
  readonly role: string;
}

/** Opens the configured engine behind the port. The Neo4j driver is loaded only when used. */
export async function openDatabase(
  config: AppConfig,
  options: OpenOptions = { role: 'server' },
): Promise<GraphDatabase> {
  const db = await openEngine(config, options);
  if (config.readCacheMb === 0) return db;
  const cacheOptions = { maxBytes: config.readCacheMb * 2 ** 20, maxRows: CACHED_ROWS_MAX };
  // One state per embedded file, as the engine is one per file in a process; an in-memory database is its own.
  if (config.engine !== 'kuzu' || config.kuzuPath === ':memory:') return cachedReads(db, cacheOptions);
  const path = config.kuzuPath;
  const shared = sharedStates.get(path) ?? { state: newReadCacheState(cacheOptions), users: 0 };
  shared.users += 1;
  sharedStates.set(path, shared);
  const cached = cachedReads(db, cacheOptions, shared.state);
  let closed = false;
  return {
    ...cached,
    close: async () => {
      if (!closed) {
        closed = true;
        // Forgotten with the last user: another process may change the file before it is opened again.
        shared.users -= 1;
        if (shared.users === 0) sharedStates.delete(path);
      }
      await cached.close();
    },
  };
}

/** The read cache of each embedded file open in this process, and how many opens share it. */
const sharedStates = new Map<string, { state: ReadCacheState; users: number }>();

async function openEngine(config: AppConfig, options: OpenOptions): Promise<GraphDatabase> {
  if (config.engine === 'kuzu') return openKuzu(config, options);
  const { openNeo4j } = await import('./neo4j/neo4j-adapter');
  return openNeo4j(config);
}

/**
 * Deletes the embedded database's files so the next open starts empty (the
 * seed command's `--rebuild`); refuses for Neo4j, whose data an operator owns.
 * Returns the line to print.
 */
export async function removeDatabase(config: AppConfig): Promise<string> {
  if (config.engine !== 'kuzu') throw new ConfigError('--rebuild applies to the embedded engine only');
  await removeDatabaseFiles(config.kuzuPath);
  return `Removed the embedded database at ${config.kuzuPath}`;
}
