import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../soak/server';
import type { MixEntry } from '../soak/mix';
import { procProbe } from '../soak/memory';

/** One start of the server: to `/ready` and to the first answered query, and its RSS then. */
export interface StartTiming {
  readonly readyMs: number;
  readonly firstAnswerMs: number;
  readonly rssMiB: number | null;
  readonly stoppedCleanly: boolean;
}

export interface StartupReport {
  readonly rounds: number;
  /** Empty database: create, seed, serve. */
  readonly firstStart: StartTiming[];
  /** The same database, already seeded. */
  readonly restart: StartTiming[];
  readonly firstStartMedianMs: number;
  readonly restartMedianMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

async function timedStart(kuzuPath: string, probe: MixEntry): Promise<StartTiming> {
  const server = await startServer({ kuzuPath, pollMs: 10 });
  try {
    const started = performance.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: probe.body,
    });
    const body = await response.text();
    if (response.status !== 200 || body.includes('"errors"'))
      throw new Error(`first query failed: ${body.slice(0, 300)}`);
    const firstAnswerMs = server.readyMs + Math.round(performance.now() - started);
    const rss = await procProbe(server.pid).read();
    return {
      readyMs: server.readyMs,
      firstAnswerMs,
      rssMiB: rss === undefined ? null : Math.round((rss / 2 ** 20) * 10) / 10,
      stoppedCleanly: (await server.stop()).clean,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/**
 * First start (an empty embedded database: create, seed, serve) and restart (the same file, seeded) of the built
 * server with the default configuration, each to its first answered query (`probe`), from spawning the process.
 */
export async function benchStartup(probe: MixEntry, rounds: number): Promise<StartupReport> {
  const firstStart: StartTiming[] = [];
  const restart: StartTiming[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-startup-'));
    try {
      const kuzuPath = path.join(dir, 'graph.kuzu');
      firstStart.push(await timedStart(kuzuPath, probe));
      restart.push(await timedStart(kuzuPath, probe));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    rounds,
    firstStart,
    restart,
    firstStartMedianMs: median(firstStart.map((t) => t.firstAnswerMs)),
    restartMedianMs: median(restart.map((t) => t.firstAnswerMs)),
  };
}
