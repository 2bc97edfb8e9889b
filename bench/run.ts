import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, projectPath } from '../src/paths';
import { ProgressLine } from './progress';
import { failuresOf, REQUEST_TIMEOUT_SEC, runCell, warmUp } from './run/cell';
import type { CellResult } from './run/cell';
import { benchLookups, benchMemory, benchSeeds } from './run/in-process';
import { parseBenchOptions, USAGE } from './run/options';
import type { BenchOptions } from './run/options';
import { compareNaive, compareRaw, ratio, SCALE_QUERIES, scaleRatios, throughputGoals } from './run/ratios';
import type { Ratio } from './run/ratios';
import { markdown } from './run/report';
import type { BenchReport, ScaleReport } from './run/report';
import { benchStartup } from './run/startup';
import { prepareScale, runEngine, UNCACHED_ENV } from './run/targets';
import type { ScaleData } from './run/targets';
import { gitCommit, loadAverage, machine } from './soak/machine';
import { metricsProbe, procProbe } from './soak/memory';
import type { RssProbe } from './soak/memory';
import { loadQueries } from './soak/mix';
import type { MixEntry } from './soak/mix';
import { UsageError } from './flags';
import type { StartedServer } from './soak/server';

/**
 * The benchmark runner (issue 14): each query of the standard mix and the mix itself at 1, 8 and 32 connections
 * with autocannon, per scale; the ratios measured side by side (batched vs naive loaders, API vs raw Cypher,
 * large scale vs scale 1); start-up, seeding and memory. `npm run bench -- --help`; bench/README.md says what
 * each figure means.
 */

const progress = new ProgressLine('bench');

/** Upper bounds of issue 14, item 7. */
const RSS_GOAL_MIB = 250;
const FIRST_START_GOAL_MS = 2000;
const RESTART_GOAL_MS = 1000;
/** Today's (before issue 14) in-process dry run and re-seed, in ms: the goal is to be faster. */
const DRY_RUN_BEFORE_MS = 1900;
const RESEED_BEFORE_MS = 4000;
/** The naive server's request budget: what autocannon waits for an answer, not the default 10 s. */
const NAIVE_REQUEST_BUDGET_MS = REQUEST_TIMEOUT_SEC * 1000;

interface Preflight {
  name: string;
  ms: number;
  roundTrips: number | null;
  bytes: number;
}

/** Each query once, one at a time, asking for its round trips; a query that fails stops the run. */
async function preflight(url: string, entries: readonly MixEntry[]): Promise<Preflight[]> {
  const answers: Preflight[] = [];
  for (const entry of entries) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-query-stats': '1' },
      body: entry.body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const body = JSON.parse(text) as { errors?: unknown; extensions?: { queryStats?: { roundTrips?: number } } };
    if (response.status !== 200 || body.errors !== undefined) {
      throw new Error(`pre-flight: ${entry.name} failed (HTTP ${response.status}): ${text.slice(0, 500)}`);
    }
    answers.push({
      name: entry.name,
      ms,
      roundTrips: body.extensions?.queryStats?.roundTrips ?? null,
      bytes: text.length,
    });
  }
  return answers;
}

/** The cells of one server: every query and the mix at every concurrency. */
async function loadCells(
  url: string,
  queries: readonly MixEntry[],
  options: BenchOptions,
  rss: RssProbe,
  only?: readonly string[],
  connections: readonly number[] = options.connections,
): Promise<CellResult[]> {
  const targets = [
    ...queries.map((q) => ({ name: q.name, entries: [q] })),
    ...(only === undefined ? [{ name: 'mix', entries: queries }] : []),
  ].filter((t) => only === undefined || only.includes(t.name));
  const cells: CellResult[] = [];
  const of = targets.length * connections.length;
  for (const target of targets) {
    for (const c of connections) {
      await warmUp(url, target.entries, c, options.warmupSec);
      const cell = await runCell({ url, ...target, connections: c, seconds: options.cellSec, rss });
      cells.push(cell);
      const failures = failuresOf(cell);
      progress.update(
        cells.length,
        of,
        `${target.name} @${c}: ${cell.requestsPerSecond} req/s, p50 ${cell.latencyMs.p50} ms, p99 ${cell.latencyMs.p99} ms` +
          `${failures > 0 ? `, ${failures} FAILED` : ''}`,
      );
    }
  }
  return cells;
}

const rssNow = async (probe: RssProbe): Promise<number | null> => {
  const bytes = await probe.read();
  return bytes === undefined ? null : Math.round((bytes / 2 ** 20) * 10) / 10;
};

function maxRss(cells: readonly CellResult[]): number | null {
  const values = cells.map((c) => c.rssMaxMiB).filter((v): v is number => v !== null);
  return values.length === 0 ? null : Math.max(...values);
}

async function healthEngine(url: string): Promise<string> {
  try {
    const body = (await (await fetch(new URL('/health', url))).json()) as { engine?: unknown };
    return typeof body.engine === 'string' ? body.engine : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Against a server at --url: the load section only. */
async function runAgainstUrl(url: string, queries: readonly MixEntry[], options: BenchOptions): Promise<ScaleReport> {
  const rss = await metricsProbe(url);
  const answers = await preflight(url, queries);
  const idle = await rssNow(rss);
  const cells = await loadCells(url, queries, options, rss);
  return {
    scale: null,
    data: null,
    server: { readyMs: null, rssIdleMiB: idle, rssUnderLoadMaxMiB: maxRss(cells) },
    preflight: answers,
    cells,
    uncachedCells: [],
  };
}

/** The ratio section of one scale: two read-only servers (batched, naive) and the graph opened in process. */
async function scaleRatiosSection(data: ScaleData, nested: MixEntry, options: BenchOptions) {
  const started: StartedServer[] = [];
  try {
    progress.say(`scale ${data.scale}: batched vs naive loaders on the nested query`);
    const batched = await data.serve({ ...data.sharedEnv, ...UNCACHED_ENV });
    started.push(batched);
    // One query per parent and field takes far longer than a request's default budget (10 s) on a large graph.
    const naiveServer = await data.serve({
      ...data.sharedEnv,
      ...UNCACHED_ENV,
      BENCH_NAIVE_LOADERS: 'true',
      REQUEST_BUDGET_MS: String(NAIVE_REQUEST_BUDGET_MS),
    });
    started.push(naiveServer);
    const naive = await compareNaive({
      scale: data.scale,
      nested,
      batched: { url: batched.url, rss: procProbe(batched.pid) },
      naive: { url: naiveServer.url, rss: procProbe(naiveServer.pid) },
      connections: 8,
      rounds: options.quick ? 1 : 3,
      seconds: options.cellSec,
      warmupSec: options.warmupSec,
    });
    progress.say(`  ${naive.ratio.detail}`);
    await naiveServer.stop();
    started.pop();
    progress.say(`scale ${data.scale}: API vs raw Cypher on the nested query`);
    const db = await data.open();
    try {
      const raw = await compareRaw({
        scale: data.scale,
        url: batched.url,
        nested,
        db,
        rounds: options.quick ? 2 : 5,
        batch: options.quick ? 10 : 20,
      });
      progress.say(`  ${raw.ratio.detail}`);
      return { naive, raw };
    } finally {
      await db.close();
    }
  } finally {
    for (const server of started) await server.stop();
  }
}

/**
 * The scale-ratio queries on a server without the read cache, so that each request sends its statements: what a
 * request costs the engine, and the cells the scale ratios compare.
 */
async function uncachedCells(
  data: ScaleData,
  queries: readonly MixEntry[],
  options: BenchOptions,
  connections: readonly number[],
): Promise<CellResult[]> {
  progress.say(`scale ${data.scale}: without the read cache (READ_CACHE_MB=0), ${SCALE_QUERIES.join(', ')}`);
  const server = await data.serve({ ...data.sharedEnv, ...UNCACHED_ENV });
  try {
    return await loadCells(server.url, queries, options, procProbe(server.pid), SCALE_QUERIES, connections);
  } finally {
    await server.stop();
  }
}

/**
 * One scale: build, load cells (default configuration), the same queries without the read cache, ratios. A
 * `baseline` measures only the scale ratios' cells, at 1 connection without the cache.
 */
async function runScale(scale: number, queries: readonly MixEntry[], options: BenchOptions, baseline = false) {
  progress.say(`scale ${scale}: building the graph (${runEngine()})`);
  const data = await prepareScale(scale, options.replace, progress);
  try {
    const server = await data.serve();
    let report: ScaleReport;
    try {
      const rss = procProbe(server.pid);
      progress.say(`scale ${scale}: server ${server.pid} ready in ${server.readyMs} ms at ${server.url}`);
      const answers = await preflight(server.url, queries);
      const idle = await rssNow(rss);
      const cells =
        options.sections.includes('load') && !baseline ? await loadCells(server.url, queries, options, rss) : [];
      const died = server.exited();
      if (died !== null) {
        progress.say(
          `scale ${scale}: the server exited during the load (code ${died.code}, signal ${died.signal}); its log: ` +
            server.log().excerpts.join(' | '),
        );
      }
      report = {
        scale,
        data: data.report,
        server: {
          readyMs: server.readyMs,
          rssIdleMiB: idle,
          rssUnderLoadMaxMiB: maxRss(cells),
          ...(died === null ? {} : { exitedDuringLoad: died }),
        },
        preflight: answers,
        cells,
        uncachedCells: [],
      };
    } finally {
      await server.stop();
    }
    // Scale 1 also at 32 connections: the item-5 tail-latency goal without the cache.
    const loadConnections = scale === 1 ? [1, 8, 32] : [1, 8];
    const engineConnections = baseline ? [1] : options.sections.includes('load') ? loadConnections : [1];
    if (options.sections.some((s) => s === 'load' || s === 'ratios')) {
      report = { ...report, uncachedCells: await uncachedCells(data, queries, options, engineConnections) };
    }
    const nested = queries.find((q) => q.name === 'nested');
    if (options.sections.includes('ratios') && nested !== undefined && !baseline) {
      report = { ...report, ...(await scaleRatiosSection(data, nested, options)) };
    }
    return report;
  } finally {
    data.remove();
  }
}

function readSoak(): BenchReport['soak'] {
  const file = projectPath('bench', 'results', 'soak.json');
  try {
    const soak = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      date: string;
      pass: boolean;
      rss?: { growthPercent?: number | null };
    };
    return {
      file: 'bench/results/soak.md',
      date: soak.date,
      growthPercent: soak.rss?.growthPercent ?? null,
      pass: soak.pass,
    };
  } catch {
    return null;
  }
}

/** The memory, start-up and seeding goals of item 7, from what the run measured. */
function item7Goals(report: Omit<BenchReport, 'goals' | 'totalSec'>): Ratio[] {
  const goals: Ratio[] = [];
  const one = report.scales.find((s) => s.scale === 1);
  if (one !== undefined) {
    goals.push(
      ratio({
        name: 'server RSS under load, MiB',
        scale: 1,
        value: one.server.rssUnderLoadMaxMiB,
        goal: RSS_GOAL_MIB,
        better: 'lower',
        detail: `idle ${one.server.rssIdleMiB ?? 'n/a'} MiB after the pre-flight; default configuration`,
      }),
    );
  }
  if (report.soak !== null) {
    goals.push(
      ratio({
        name: 'RSS growth over the soak, %',
        scale: 1,
        value: report.soak.growthPercent,
        goal: 10,
        better: 'lower',
        detail: `the last bench:soak run (${report.soak.date}), not repeated here: ${report.soak.file}`,
      }),
    );
  }
  if (report.startup !== null) {
    const s = report.startup;
    goals.push(
      ratio({
        name: 'first start to first answer, ms',
        scale: 1,
        value: s.firstStartMedianMs,
        goal: FIRST_START_GOAL_MS,
        better: 'lower',
        detail: `median of ${s.rounds}: create, seed, serve`,
      }),
      ratio({
        name: 'restart to first answer, ms',
        scale: 1,
        value: s.restartMedianMs,
        goal: RESTART_GOAL_MS,
        better: 'lower',
        detail: `median of ${s.rounds}: already seeded`,
      }),
    );
  }
  if (report.seeds !== null) {
    const seeds = report.seeds as {
      statementsPerSecond: number;
      reloadMs: { p50: number };
      dryRunOnEmptyMs: { p50: number };
    };
    goals.push(
      ratio({
        name: 'dry run of the seeds, ms',
        scale: 1,
        value: seeds.dryRunOnEmptyMs.p50,
        goal: DRY_RUN_BEFORE_MS,
        better: 'lower',
        detail: `p50, in process; ${seeds.statementsPerSecond} statements/s on the first load`,
      }),
      ratio({
        name: 're-seed (nothing changes), ms',
        scale: 1,
        value: seeds.reloadMs.p50,
        goal: RESEED_BEFORE_MS,
        better: 'lower',
        detail: 'p50, in process',
      }),
    );
  }
  return goals;
}

async function main(options: BenchOptions): Promise<void> {
  const started = performance.now();
  const atStart = loadAverage();
  const queries = loadQueries(options.queriesDir);
  const scales: ScaleReport[] = [];
  let engine = runEngine() as string;
  if (options.url !== undefined) {
    engine = await healthEngine(options.url);
    scales.push(await runAgainstUrl(options.url, queries, options));
  } else {
    if (!fs.existsSync(projectPath('dist', 'index.js'))) throw new Error('dist/index.js is missing: run npm run build');
    if (options.sections.some((s) => s === 'load' || s === 'ratios')) {
      for (const scale of options.scales) scales.push(await runScale(scale, queries, options));
    }
  }
  const goals: Ratio[] = scales.flatMap((s) =>
    [s.naive?.ratio, s.raw?.ratio].filter((r): r is Ratio => r !== undefined),
  );
  let scaleBaseline: CellResult[] | null = null;
  const largest = scales
    .filter((s) => s.scale !== null && s.scale > 1)
    .sort((a, b) => (a.scale as number) - (b.scale as number))
    .at(-1);
  if (options.sections.includes('ratios') && largest !== undefined) {
    let small = scales.find((s) => s.scale === 1)?.uncachedCells;
    if (small === undefined) {
      progress.say('scale 1 baseline for the scale ratios');
      const baseline = await runScale(1, queries, options, true);
      scaleBaseline = baseline.uncachedCells;
      small = baseline.uncachedCells;
    }
    goals.push(...scaleRatios(small, largest.uncachedCells, largest.scale as number));
  }
  const one = scales.find((s) => s.scale === 1);
  if (one !== undefined) goals.push(...throughputGoals(one.cells, one.uncachedCells));
  const startup =
    options.sections.includes('startup') && runEngine() === 'kuzu'
      ? (progress.say('start-up: first start and restart'),
        await benchStartup(
          queries.find((q) => q.name === 'point-lookup') ?? (queries[0] as MixEntry),
          options.quick ? 1 : 3,
        ))
      : null;
  const seeds = options.sections.includes('seeds')
    ? (progress.say('seeds in process'), await benchSeeds(options.quick))
    : null;
  const memory = options.sections.includes('memory')
    ? (progress.say('memory under repeated queries'), await benchMemory(options.quick))
    : null;
  let lookups: unknown[] | null = null;
  if (options.sections.includes('lookups')) {
    lookups = [];
    for (const cities of options.quick ? [1000, 10_000] : [10_000, 100_000]) {
      lookups.push(await benchLookups(cities, options.quick, (m) => progress.say(m)));
    }
  }
  const partial: Omit<BenchReport, 'goals' | 'totalSec'> = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage: { atStart, atEnd: loadAverage() } },
    commit: gitCommit(),
    engine,
    target: options.url === undefined ? 'servers started by the runner' : `the server at ${options.url}`,
    options: {
      ...options,
      queriesDir: path.relative(PROJECT_ROOT, options.queriesDir),
      out: path.relative(PROJECT_ROOT, options.out),
    },
    scales,
    scaleBaseline,
    startup,
    seeds,
    memory,
    lookups,
    soak: readSoak(),
  };
  const report: BenchReport = {
    ...partial,
    goals: [...goals, ...item7Goals(partial)],
    totalSec: Math.round((performance.now() - started) / 1000),
  };
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(`${options.out}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${options.out}.md`, markdown(report));
  for (const g of report.goals) {
    progress.say(
      `${g.met === null ? '   ' : g.met ? 'met' : 'MISSED'} ${g.name} (scale ${g.scale}): ${g.value ?? 'n/a'} (goal ${g.better === 'higher' ? '≥' : '≤'} ${g.goal ?? '–'})`,
    );
  }
  progress.say(`wrote ${path.relative(process.cwd(), options.out)}.json and .md in ${report.totalSec} s`);
}

let options: BenchOptions | 'help';
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (options === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else {
  main(options).catch((error: unknown) => {
    process.stderr.write(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
