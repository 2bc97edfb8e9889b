import { ConfigError } from '../config';
import type { AppConfig } from '../config';
import { openKuzu, removeDatabaseFiles } from './kuzu';
import type { GraphDatabase } from './port';
import { cachedReads, readCacheOptions } from './read-cache';

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
  // The embedded adapter keeps its own read cache, one per file (kuzu-adapter.ts); Neo4j one only when asked.
  if (config.engine === 'kuzu' || config.readCacheMb === 0) return db;
  return cachedReads(db, readCacheOptions(config.readCacheMb));
}

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
