import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { listSeedFiles, loadSeeds } from '../../src/seed';
import { loadBenchQuery } from '../bench-queries';
import { rssMiB, time } from '../measure';
import type { Timing } from '../measure';
import { loadSynthetic } from '../synthetic';

/**
 * The sections that run in this process on in-memory embedded databases: seed loading (the data editors' loop),
 * the lookup strategies behind the DataLoaders, and memory under repeated queries.
 */

async function openMemory(): Promise<GraphDatabase> {
  // The engine's own work is measured: no read cache in front of it.
  const config = loadConfig({ GRAPH_ENGINE: 'kuzu', KUZU_PATH: ':memory:', LOG_LEVEL: 'silent', READ_CACHE_MB: '0' });
  return openDatabase(config, { role: 'bench' });
}

/** First load, re-load (nothing changes) and dry run of every seed file; statements per second of the first load. */
export async function benchSeeds(quick: boolean): Promise<Record<string, unknown>> {
  const files = listSeedFiles();
  const runs = quick ? 1 : 3;
  const db = await openMemory();
  let loads: Record<string, unknown>;
  try {
    const started = performance.now();
    const first = await loadSeeds(db, files);
    const firstMs = performance.now() - started;
    const statements = first.files.reduce((n, f) => n + f.statements, 0);
    const again = await time(() => loadSeeds(db, files), runs, 0);
    loads = {
      files: files.length,
      statements,
      created: { nodes: first.total.nodesCreated, relationships: first.total.relationshipsCreated },
      firstLoadMs: Math.round(firstMs),
      statementsPerSecond: Math.round(statements / (firstMs / 1000)),
      reloadMs: again,
    };
  } finally {
    await db.close();
  }
  // Dry runs on a database of their own: after a rollback Kùzu 0.11.3 may refuse to update
  // rows that earlier transactions of the process updated (src/db/README.md).
  const dryDb = await openMemory();
  try {
    return { ...loads, dryRunOnEmptyMs: await time(() => loadSeeds(dryDb, files, { dryRun: true }), runs, 0) };
  } finally {
    await dryDb.close();
  }
}

/** 100 ids looked up four ways on `cities` synthetic cities. */
export async function benchLookups(cities: number, quick: boolean, progress: (m: string) => void) {
  const db = await openMemory();
  try {
    progress(`loading ${cities} synthetic cities`);
    const ids = await loadSynthetic(db, { states: 10, citiesPerState: cities / 10, officersPerCity: 1 });
    const pick = Array.from({ length: 100 }, (_, i) => ids[(i * 7919) % ids.length] as string);
    const one = loadBenchQuery('lookup-one');
    const strategies: Record<string, () => Promise<unknown>> = {
      'one query per id (100 round trips)': async () => {
        for (const id of pick) await db.read(one, { id });
      },
      'UNWIND $ids MATCH (c:City {id: id})': () => db.read(loadBenchQuery('lookup-unwind'), { ids: pick }),
      'MATCH (c:City) WHERE c.id IN $ids': () => db.read(loadBenchQuery('lookup-in'), { ids: pick }),
      'MATCH (c) WHERE c.id IN $ids (no label)': () => db.read(loadBenchQuery('lookup-labelless-in'), { ids: pick }),
    };
    const results: Record<string, Timing> = {};
    for (const [name, work] of Object.entries(strategies)) {
      progress(`lookups at ${cities}: ${name}`);
      results[name] = await time(work, quick ? 5 : 20);
    }
    return { cities, ids: pick.length, timings: results };
  } finally {
    await db.close();
  }
}

/** This process's RSS before and after thousands of repeated queries: prepared statements cached, results closed. */
export async function benchMemory(quick: boolean): Promise<Record<string, unknown>> {
  const db = await openMemory();
  try {
    await loadSeeds(db, listSeedFiles());
    const query = loadBenchQuery('lookup-in');
    const run = async (n: number): Promise<void> => {
      for (let i = 0; i < n; i += 1) await db.read(query, { ids: [`city:x${i % 50}`, 'city:hanoi'] });
    };
    await run(200);
    const before = rssMiB();
    const queries = quick ? 2000 : 10000;
    await run(queries);
    const after = rssMiB();
    return { queries, rssBeforeMiB: before, rssAfterMiB: after, growthMiB: Math.round((after - before) * 100) / 100 };
  } finally {
    await db.close();
  }
}
