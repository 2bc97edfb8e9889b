import type { AppConfig, EngineName } from '../../src/config';
import type { GraphDatabase } from '../../src/db';
import { listSeedFiles, loadSeeds } from '../../src/seed';
import { openTestDatabase } from './test-database';

/**
 * The engine the API and data suites run on: a fresh in-memory Kùzu database
 * by default; `TEST_ENGINE=neo4j` (with NEO4J_URI) runs them on Neo4j, which
 * should be a dedicated database (the seeds are loaded into it) and a run in
 * band (`npx jest --runInBand`), since the contract suite writes test nodes there.
 */
export function seededEngine(): EngineName {
  return process.env.TEST_ENGINE === 'neo4j' ? 'neo4j' : 'kuzu';
}

/** A database holding every seed file in seeds/ (loaded idempotently, schema first), opened with `overrides`. */
export async function openSeededDatabase(overrides: Partial<AppConfig> = {}): Promise<GraphDatabase> {
  const db = await openTestDatabase(seededEngine(), overrides);
  try {
    await db.applySchema();
    await loadSeeds(db, listSeedFiles());
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
