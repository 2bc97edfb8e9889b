import { loadConfig } from '../../src/config';
import type { AppConfig, EngineName } from '../../src/config';
import { openDatabase } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { recordingQueries } from './query-coverage';

/** Engines the contract suite runs against: Kùzu always, Neo4j when NEO4J_URI is set. */
export function contractEngines(): EngineName[] {
  return process.env.NEO4J_URI ? ['kuzu', 'neo4j'] : ['kuzu'];
}

/** Configuration for a test: an in-memory embedded database unless the engine is Neo4j. */
export function testConfig(engine: EngineName = 'kuzu', overrides: Partial<AppConfig> = {}): AppConfig {
  const base = loadConfig({ ...process.env, GRAPH_ENGINE: engine, KUZU_PATH: ':memory:', LOG_LEVEL: 'silent' });
  return { ...base, ...overrides };
}

/** Opens a fresh database for a test (an empty in-memory Kùzu database, or the configured Neo4j). */
export async function openTestDatabase(
  engine: EngineName = 'kuzu',
  overrides: Partial<AppConfig> = {},
): Promise<GraphDatabase> {
  return recordingQueries(await openDatabase(testConfig(engine, overrides), { role: 'test' }));
}

/** An inline query for tests (production code loads queries from files). */
export function q(text: string, name = 'test'): { name: string; text: string } {
  return { name, text };
}
