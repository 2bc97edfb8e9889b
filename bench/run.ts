import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import type { GraphDatabase } from '../src/db';
import { projectPath } from '../src/paths';
import { listSeedFiles, loadSeeds } from '../src/seed';
import { loadBenchQuery } from './bench-queries';
import { benchGraphql } from './graphql-bench';
import { rssMiB, time } from './measure';
import type { Timing } from './measure';
import { loadSynthetic } from './synthetic';

/**
 * The benchmark suite. Every figure is measured in this one run on this
 * machine; compare ratios within a run, not absolute numbers across machines.
 * Results go to bench/results/latest.json and latest.md.
 */

const quick = process.argv.includes('--quick');
const scale = quick ? 0.1 : 1;

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function openMemory(): Promise<GraphDatabase> {
  const config = loadConfig({ ...process.env, GRAPH_ENGINE: 'kuzu', KUZU_PATH: ':memory:' });
  return openDatabase(config, { role: 'bench' });
}

async function benchSeeds(): Promise<Record<string, unknown>> {
  const files = listSeedFiles();
  const runs = quick ? 1 : 3;
  const db = await openMemory();
  let loads: Record<string, unknown>;
  try {
    const started = performance.now();
    const first = await loadSeeds(db, files);
    const firstMs = performance.now() - started;
    const again = await time(() => loadSeeds(db, files), runs, 0);
    loads = {
      files: files.length,
      statements: first.files.reduce((n, f) => n + f.statements, 0),
      created: { nodes: first.total.nodesCreated, relationships: first.total.relationshipsCreated },
      firstLoadMs: Math.round(firstMs),
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

async function benchLookups(cities: number): Promise<Record<string, unknown>> {
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

async function benchMemory(): Promise<Record<string, unknown>> {
  const db = await openMemory();
  try {
    await loadSeeds(db, listSeedFiles());
    const query = loadBenchQuery('lookup-in');
    const run = (n: number): Promise<unknown> =>
      (async () => {
        for (let i = 0; i < n; i += 1) await db.read(query, { ids: [`city:x${i % 50}`, 'city:hanoi'] });
      })();
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

function markdown(results: Record<string, unknown>): string {
  return [
    '# Benchmark results',
    '',
    `Run ${String(results.date)} on ${String(results.machine)}${quick ? ' (quick mode)' : ''}.`,
    '',
    '```json',
    JSON.stringify(results, null, 2),
    '```',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    quick,
  };
  progress('seed loading');
  results.seeds = await benchSeeds();
  results.lookups = [];
  for (const cities of [10_000, 100_000].map((n) => Math.round(n * scale))) {
    (results.lookups as unknown[]).push(await benchLookups(cities));
  }
  progress('GraphQL over HTTP');
  results.graphql = await benchGraphql({ quick, progress });
  progress('memory under repeated queries');
  results.memory = await benchMemory();
  fs.mkdirSync(projectPath('bench', 'results'), { recursive: true });
  fs.writeFileSync(projectPath('bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(projectPath('bench', 'results', 'latest.md'), markdown(results));
  progress('wrote bench/results/latest.json and latest.md');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
