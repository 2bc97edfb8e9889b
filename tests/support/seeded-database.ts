import type { GraphDatabase } from '../../src/db';
import { listSeedFiles, loadSeeds } from '../../src/seed';
import { openTestDatabase } from './test-database';

/** A fresh in-memory embedded database loaded with every seed file in seeds/. */
export async function openSeededDatabase(): Promise<GraphDatabase> {
  const db = await openTestDatabase('kuzu');
  try {
    await loadSeeds(db, listSeedFiles());
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
