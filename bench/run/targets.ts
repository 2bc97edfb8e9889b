import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import type { AppConfig } from '../../src/config';
import { openDatabase } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { buildBenchDatabase } from '../data/build';
import type { DataReport } from '../data/build';
import type { ProgressLine } from '../progress';
import { startServer } from '../soak/server';
import type { StartedServer } from '../soak/server';

/** One scale's graph, built for a run: where it is and what building it took. */
export interface ScaleData {
  readonly scale: number;
  readonly engine: 'kuzu' | 'neo4j';
  readonly report: DataReport;
  /** Starts the built server on this graph, with extra variables (`BENCH_NAIVE_LOADERS`, …). */
  readonly serve: (env?: Record<string, string>) => Promise<StartedServer>;
  /** The same graph opened in this process, read-only on Kùzu (servers on it must be read-only too). */
  readonly open: () => Promise<GraphDatabase>;
  /** On Kùzu, servers sharing the file with each other or with this process must open it read-only. */
  readonly sharedEnv: Record<string, string>;
  readonly remove: () => void;
}

/** The engine a run uses: Neo4j when NEO4J_URI is set (as for the server), otherwise Kùzu. */
/**
 * What a server measuring engine work runs with: no read cache, so that every
 * request sends its statements (the ratios, and the cells the scale ratios use).
 */
export const UNCACHED_ENV: Readonly<Record<string, string>> = { READ_CACHE_MB: '0' };

export const runEngine = (): 'kuzu' | 'neo4j' => ((process.env.NEO4J_URI ?? '').trim() === '' ? 'kuzu' : 'neo4j');

function neo4jEnv(): Record<string, string> {
  const env: Record<string, string> = { GRAPH_ENGINE: 'neo4j', AUTO_SEED: 'false' };
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return env;
}

/** Builds scale `scale` (a temporary Kùzu database, or the configured Neo4j one) through bench:data's builder. */
export async function prepareScale(scale: number, replace: boolean, progress: ProgressLine): Promise<ScaleData> {
  const engine = runEngine();
  if (engine === 'neo4j') {
    const config: AppConfig = loadConfig({ ...process.env, GRAPH_ENGINE: 'neo4j', LOG_LEVEL: 'warn' });
    const report = await buildBenchDatabase(config, { scale, replace, progress });
    return {
      scale,
      engine,
      report,
      serve: (env = {}) => startServer({ env: { ...neo4jEnv(), ...env } }),
      open: () => openDatabase({ ...config, readCacheMb: 0 }, { role: 'bench' }),
      sharedEnv: {},
      remove: () => undefined,
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-scale-${scale}-`));
  const kuzuPath = path.join(dir, 'graph.kuzu');
  const config = loadConfig({ GRAPH_ENGINE: 'kuzu', KUZU_PATH: kuzuPath, LOG_LEVEL: 'warn' });
  try {
    const report = await buildBenchDatabase(config, { scale, replace: false, progress });
    return {
      scale,
      engine,
      report,
      serve: (env = {}) => startServer({ kuzuPath, env }),
      open: () => openDatabase({ ...config, kuzuReadOnly: true, readCacheMb: 0 }, { role: 'bench' }),
      sharedEnv: { KUZU_READ_ONLY: 'true' },
      remove: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
