import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../src/config';
import { openDatabase, removeDatabase } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { listSeedFiles, loadSeeds } from '../../src/seed';
import { loadBenchQuery } from '../bench-queries';
import type { ProgressLine } from '../progress';
import { kuzuBulkLoad } from './kuzu-bulk';
import type { BulkStep } from './kuzu-bulk';
import { neo4jBulkLoad } from './neo4j-bulk';
import { ANCHORS, countsOf, syntheticGraph } from './shape';
import type { StateShare } from './shape';

/** What building a benchmark database did and how long each part took. */
export interface DataReport {
  readonly scale: number;
  readonly engine: string;
  /** The embedded database's path, or the Neo4j URI. */
  readonly location: string;
  readonly seeds: { files: number; statements: number; ms: number; statementsPerSecond: number };
  readonly synthetic: { nodes: number; relationships: number; generateMs: number; loadMs: number };
  readonly steps: readonly BulkStep[];
  readonly totals: { nodes: number; relationships: number };
  readonly totalMs: number;
  /** Bytes on disk (embedded engine, after closing); null on Neo4j. */
  readonly databaseBytes: number | null;
}

export interface BuildOptions {
  readonly scale: number;
  /** Delete what is there first: the embedded database's files, or every node of the Neo4j database. */
  readonly replace: boolean;
  readonly progress?: ProgressLine;
}

function sizeOf(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(p).reduce((n, f) => n + sizeOf(path.join(p, f)), 0);
}

/** The database file and what Kùzu keeps beside it (`.wal`, `.shadow`). */
function kuzuBytes(dbPath: string): number {
  const dir = path.dirname(dbPath);
  if (!fs.existsSync(dir)) return 0;
  const base = path.basename(dbPath);
  return fs
    .readdirSync(dir)
    .filter((f) => f === base || f.startsWith(`${base}.`))
    .reduce((n, f) => n + sizeOf(path.join(dir, f)), 0);
}

async function countOf(db: GraphDatabase, query: string): Promise<number> {
  const [row] = await db.read(loadBenchQuery(query));
  return Number(row?.count ?? 0);
}

async function prepareTarget(db: GraphDatabase, replace: boolean, progress?: ProgressLine): Promise<void> {
  const nodes = await countOf(db, 'data-counts');
  if (nodes === 0) return;
  if (!replace || db.engine !== 'neo4j') {
    throw new Error(
      `the ${db.engine} database already holds ${nodes} nodes: pass --replace to delete them first` +
        (db.engine === 'kuzu' ? ' (or another --path)' : ''),
    );
  }
  progress?.say(`deleting the ${nodes} nodes of the Neo4j database (--replace)`);
  const batch = loadBenchQuery('neo4j-delete-batch');
  while (Number((await db.write(batch))[0]?.deleted ?? 0) > 0)
    progress?.say(`… ${await countOf(db, 'data-counts')} left`);
}

async function stateShares(db: GraphDatabase): Promise<StateShare[]> {
  const found = new Set(
    (await db.read(loadBenchQuery('data-anchors'), { ids: Object.values(ANCHORS) })).map((r) => r.id),
  );
  const missing = Object.values(ANCHORS).filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new Error(`the seeds lack ${missing.join(', ')}, which bench/data/shape.ts attaches to`);
  return (await db.read(loadBenchQuery('data-member-states'))).map((r) => ({
    id: String(r.id),
    pilotCities: Number(r.pilotCities),
  }));
}

/**
 * Builds the graph of scale `scale` in the configured database: the seeds through the seed loader (one
 * transaction, as start-up seeds), then the synthetic units through the engine's bulk path.
 */
export async function buildBenchDatabase(config: AppConfig, options: BuildOptions): Promise<DataReport> {
  const { progress } = options;
  const started = performance.now();
  if (config.engine === 'kuzu' && options.replace && config.kuzuPath !== ':memory:') await removeDatabase(config);
  const db = await openDatabase(config, { role: 'bench-data' });
  let report: Omit<DataReport, 'databaseBytes' | 'totalMs'>;
  try {
    await prepareTarget(db, options.replace, progress);
    await db.applySchema();
    progress?.say(`seeding ${config.engine}`);
    const seedStarted = performance.now();
    const files = listSeedFiles();
    const seeded = await loadSeeds(db, files, { atomic: true });
    const seedMs = performance.now() - seedStarted;
    const statements = seeded.files.reduce((n, f) => n + f.statements, 0);

    const generateStarted = performance.now();
    const graph = syntheticGraph(options.scale, await stateShares(db));
    const counts = countsOf(graph);
    const generateMs = performance.now() - generateStarted;
    progress?.say(
      `scale ${options.scale}: ${counts.nodes} synthetic nodes, ${counts.relationships} relationships generated in ${Math.round(generateMs)} ms`,
    );
    const loadStarted = performance.now();
    const load = config.engine === 'kuzu' ? kuzuBulkLoad : neo4jBulkLoad;
    const steps = await load(db, graph, (step, done, of) =>
      progress?.update(done, of, `${step.what}: ${step.rows} rows in ${step.ms} ms`),
    );
    const loadMs = performance.now() - loadStarted;
    report = {
      scale: options.scale,
      engine: config.engine,
      location: config.engine === 'kuzu' ? config.kuzuPath : config.neo4j.uri,
      seeds: {
        files: files.length,
        statements,
        ms: Math.round(seedMs),
        statementsPerSecond: Math.round(statements / (seedMs / 1000)),
      },
      synthetic: { ...counts, generateMs: Math.round(generateMs), loadMs: Math.round(loadMs) },
      steps,
      totals: { nodes: await countOf(db, 'data-counts'), relationships: await countOf(db, 'data-relationship-count') },
    };
  } finally {
    await db.close();
  }
  const databaseBytes = config.engine === 'kuzu' && config.kuzuPath !== ':memory:' ? kuzuBytes(config.kuzuPath) : null;
  return { ...report, totalMs: Math.round(performance.now() - started), databaseBytes };
}
