import type { AppConfig } from '../config';
import { openKuzu } from './kuzu';
import type { GraphDatabase } from './port';

export interface OpenOptions {
  /** Who opens the database: `server`, `seed`, `check-data`, `test`… (named when the embedded database is locked). */
  readonly role: string;
  /**
   * Apply Neo4j's constraints and indexes (cypher/neo4j/schema.cypher) on
   * opening; the seed command does. The embedded schema is always applied.
   */
  readonly applySchema?: boolean;
}

/** Opens the configured engine behind the port. The Neo4j driver is loaded only when used. */
export async function openDatabase(
  config: AppConfig,
  options: OpenOptions = { role: 'server' },
): Promise<GraphDatabase> {
  if (config.engine === 'kuzu') return openKuzu(config, options);
  const { openNeo4j } = await import('./neo4j/neo4j-adapter');
  return openNeo4j(config, { applySchema: options.applySchema });
}
