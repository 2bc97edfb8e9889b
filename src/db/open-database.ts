import type { AppConfig } from '../config';
import { openKuzu } from './kuzu';
import type { GraphDatabase } from './port';

export interface OpenOptions {
  /** Who opens the database: `server`, `seed`, `check-data`, `test`… (named when the embedded database is locked). */
  readonly role: string;
}

/** Opens the configured engine behind the port. The Neo4j driver is loaded only when used. */
export async function openDatabase(
  config: AppConfig,
  options: OpenOptions = { role: 'server' },
): Promise<GraphDatabase> {
  if (config.engine === 'kuzu') return openKuzu(config, options);
  const { openNeo4j } = await import('./neo4j/neo4j-adapter');
  return openNeo4j(config);
}
