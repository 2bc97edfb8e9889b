import type { GraphDatabase } from '../../src/db';
import { benchTemplate, loadBenchQuery } from '../bench-queries';
import type { RssProbe } from '../soak/memory';
import type { MixEntry } from '../soak/mix';
import { summarize } from '../soak/stats';
import type { LatencySummary } from '../soak/stats';
import { failuresOf, REQUEST_TIMEOUT_SEC, runCell, sentOf, timedRequests, warmUp } from './cell';
import type { CellResult } from './cell';

/** A ratio with its goal: `better` says which way is good. */
export interface Ratio {
  readonly name: string;
  readonly scale: number | string;
  readonly value: number | null;
  /** null: no goal at this scale (reported for information). */
  readonly goal: number | null;
  readonly better: 'higher' | 'lower';
  readonly met: boolean | null;
  readonly detail: string;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function ratio(fields: Omit<Ratio, 'met' | 'value'> & { value: number | null | undefined }): Ratio {
  const value =
    fields.value === undefined || fields.value === null || !Number.isFinite(fields.value) ? null : round2(fields.value);
  const met =
    value === null || fields.goal === null
      ? null
      : fields.better === 'higher'
        ? value >= fields.goal
        : value <= fields.goal;
  return { ...fields, value, met };
}

/** Goal of batched / naive throughput: issue 14 asks ≥ 5× at scale 1 and ≥ 20× at scale 100 (and beyond). */
export const naiveGoal = (scale: number): number | null => (scale === 1 ? 5 : scale >= 100 ? 20 : null);

export interface NaiveComparison {
  readonly connections: number;
  readonly batched: CellResult[];
  readonly naive: CellResult[];
  readonly batchedRps: number;
  readonly naiveRps: number;
  readonly ratio: Ratio;
}

const rpsOf = (cells: readonly CellResult[]): number =>
  round2(
    cells.reduce((n, c) => n + c.requests, 0) /
      Math.max(
        0.001,
        cells.reduce((n, c) => n + c.seconds, 0),
      ),
  );

/**
 * (a) The nested query on two servers over the same data, one with DataLoaders and one without
 * (`BENCH_NAIVE_LOADERS=true`), in alternating cells so that both see the same machine.
 */
export async function compareNaive(options: {
  scale: number;
  nested: MixEntry;
  batched: { url: string; rss: RssProbe };
  naive: { url: string; rss: RssProbe };
  connections: number;
  rounds: number;
  seconds: number;
  warmupSec: number;
}): Promise<NaiveComparison> {
  const { nested, connections, seconds } = options;
  const batched: CellResult[] = [];
  const naive: CellResult[] = [];
  await warmUp(options.batched.url, [nested], connections, options.warmupSec);
  await warmUp(options.naive.url, [nested], connections, options.warmupSec);
  for (let round = 0; round < options.rounds; round += 1) {
    const cell = (target: { url: string; rss: RssProbe }) =>
      runCell({ url: target.url, name: nested.name, entries: [nested], connections, seconds, rss: target.rss });
    batched.push(await cell(options.batched));
    naive.push(await cell(options.naive));
  }
  return {
    connections,
    batched,
    naive,
    batchedRps: rpsOf(batched),
    naiveRps: rpsOf(naive),
    ratio: naiveRatio(options.scale, connections, batched, naive),
  };
}

/**
 * The batched / naive ratio from the two sides' cells. No ratio when a request of either side failed; when every
 * naive request ran out of autocannon's time, the naive server did at most `connections` requests per timeout,
 * which bounds the ratio from below, and the detail says so.
 */
export function naiveRatio(
  scale: number,
  connections: number,
  batched: readonly CellResult[],
  naive: readonly CellResult[],
): Ratio {
  const batchedRps = rpsOf(batched);
  const naiveRps = rpsOf(naive);
  const trips = (cells: readonly CellResult[]): string => String(cells[0]?.roundTripsPerRequest ?? 'n/a');
  const sum = (cells: readonly CellResult[], of: (cell: CellResult) => number): number =>
    cells.reduce((n, cell) => n + of(cell), 0);
  const failed = (cells: readonly CellResult[], side: string): string => {
    const n = sum(cells, failuresOf);
    return n === 0 ? '' : `${n} of ${sum(cells, sentOf)} ${side} requests failed`;
  };
  const invalid = [failed(batched, 'batched'), failed(naive, 'naive')].filter((s) => s !== '');
  const allTimedOut =
    naive.length > 0 && sum(naive, (c) => c.requests) === 0 && sum(naive, (c) => c.failures.timeouts) > 0;
  const bound = allTimedOut
    ? `; no naive request finished within ${REQUEST_TIMEOUT_SEC} s, so the naive server did at most ` +
      `${round2(connections / REQUEST_TIMEOUT_SEC)} requests/s and the ratio is at least ` +
      `${round2((batchedRps * REQUEST_TIMEOUT_SEC) / connections)}`
    : '';
  return ratio({
    name: 'batched / naive throughput, nested query',
    scale,
    value: invalid.length === 0 && naiveRps > 0 ? batchedRps / naiveRps : null,
    goal: naiveGoal(scale),
    better: 'higher',
    detail:
      `${batchedRps} vs ${naiveRps} requests/s at ${connections} connections; ` +
      `${trips(batched)} vs ${trips(naive)} round trips per request` +
      (invalid.length === 0 ? '' : `; not compared: ${invalid.join(', ')}`) +
      bound,
  });
}

interface NestedShape {
  states: number;
  cities: number;
  officers: number;
  sources: number;
}

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;

/** Counts what the nested query's answer holds (member states, cities, officers, distinct sources). */
function shapeOfAnswer(body: Json): NestedShape {
  const get = (value: Json | undefined, key: string): Json | undefined =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
  const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
  const sources = new Set<string>();
  const cite = (value: Json | undefined): void =>
    list(get(value, 'sources')).forEach((s) => sources.add(String(get(s, 'id'))));
  const states = list(get(get(get(body, 'data'), 'memberStates'), 'edges')).map((e) => get(e, 'node'));
  const cities = states.flatMap((s) => {
    cite(s);
    return list(get(get(s, 'cities'), 'edges'));
  });
  const officers = cities.flatMap((c) => {
    cite(c);
    cite(get(c, 'node'));
    return list(get(get(get(c, 'node'), 'officers'), 'edges'));
  });
  officers.forEach((o) => {
    cite(o);
    cite(get(o, 'node'));
  });
  return { states: states.length, cities: cities.length, officers: officers.length, sources: sources.size };
}

const CITIES_PER_STATE = 20;
const OFFICERS_PER_CITY = 20;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/**
 * The nested query's data by hand-written Cypher through the port, level by level: bench/cypher/raw-*.cypher,
 * and for the two paged levels the engine's own bench/cypher/<engine>/raw-nested-*.cypher, which page per parent
 * in the engine as the API's queries do.
 */
async function rawNested(db: GraphDatabase): Promise<NestedShape> {
  const states = await db.read(loadBenchQuery('raw-nested-states'), { limit: 10 });
  await db.read(loadBenchQuery('raw-nested-state-count'));
  const cities = await db.read(benchTemplate(db.engine, 'raw-nested-cities', {}), {
    ids: states.map((s) => String(s.id)),
    first: CITIES_PER_STATE,
  });
  const officers = await db.read(benchTemplate(db.engine, 'raw-nested-officers', {}), {
    ids: cities.map((c) => String(c.id)),
    first: OFFICERS_PER_CITY,
  });
  const ids = new Set<string>();
  for (const row of [...states, ...cities, ...officers]) {
    strings(row.sources).forEach((s) => ids.add(s));
    strings(row.edgeSources).forEach((s) => ids.add(s));
  }
  const sources = await db.read(loadBenchQuery('raw-nested-sources'), { ids: [...ids] });
  return { states: states.length, cities: cities.length, officers: officers.length, sources: sources.length };
}

export interface RawComparison {
  readonly iterations: number;
  readonly apiMs: LatencySummary;
  readonly rawMs: LatencySummary;
  readonly apiShape: NestedShape;
  readonly rawShape: NestedShape;
  readonly ratio: Ratio;
}

/** The nested query's answer over HTTP, once, for its shape; a failure stops the run. */
async function apiAnswer(url: string, nested: MixEntry): Promise<Json> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: nested.body,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"')) {
    throw new Error(`the nested query failed: HTTP ${response.status} ${text.slice(0, 300)}`);
  }
  return JSON.parse(text) as Json;
}

/**
 * (b) The nested query over HTTP against the same data fetched by the hand-written raw queries in this process:
 * in rounds, `batch` requests one after another on one kept-alive connection (as a load cell at 1 connection
 * sends them), then `batch` raw runs; both p50s over all rounds compared. No ratio when a request failed or
 * the two answers differ in their numbers of states, cities, officers or sources.
 */
export async function compareRaw(options: {
  scale: number;
  url: string;
  nested: MixEntry;
  db: GraphDatabase;
  rounds: number;
  batch: number;
}): Promise<RawComparison> {
  const { url, nested, db, rounds, batch } = options;
  const rawRun = async (): Promise<{ ms: number; shape: NestedShape }> => {
    const started = performance.now();
    const shape = await rawNested(db);
    return { ms: performance.now() - started, shape };
  };
  const apiShape = shapeOfAnswer(await apiAnswer(url, nested));
  const rawShape = (await rawRun()).shape;
  await timedRequests(url, nested, 3);
  for (let i = 0; i < 3; i += 1) await rawRun();
  const apiMs: number[] = [];
  const rawMs: number[] = [];
  let failures = 0;
  for (let round = 0; round < rounds; round += 1) {
    const api = await timedRequests(url, nested, batch);
    apiMs.push(...api.latenciesMs);
    failures += api.failures;
    for (let i = 0; i < batch; i += 1) rawMs.push((await rawRun()).ms);
  }
  const a = summarize(apiMs);
  const r = summarize(rawMs);
  const same = JSON.stringify(apiShape) === JSON.stringify(rawShape);
  const invalid =
    failures > 0
      ? `; not compared: ${failures} of ${rounds * batch} API requests failed`
      : same
        ? ''
        : `; not compared: the answers differ (API ${JSON.stringify(apiShape)}, raw ${JSON.stringify(rawShape)})`;
  return {
    iterations: rounds * batch,
    apiMs: a,
    rawMs: r,
    apiShape,
    rawShape,
    ratio: ratio({
      name: 'API p50 / raw Cypher p50, nested query',
      scale: options.scale,
      value: invalid === '' && r.p50 > 0 ? a.p50 / r.p50 : null,
      goal: 1.5,
      better: 'lower',
      detail:
        `${a.p50} ms over HTTP vs ${r.p50} ms for the 5 hand-written queries in process ` +
        `(${rounds} rounds of ${batch} each, taking turns)${invalid}`,
    }),
  };
}

/** The queries of the scale ratio (c), by file name in the queries folder. */
export const SCALE_QUERIES = ['point-lookup', 'paged-list', 'nested', 'neighborhood', 'search'];

/** (c) p50 at 1 connection at the largest scale over the same at scale 1, per query: goal ≤ 2. */
export function scaleRatios(small: readonly CellResult[], large: readonly CellResult[], largeScale: number): Ratio[] {
  return SCALE_QUERIES.flatMap((query) => {
    const a = small.find((c) => c.query === query && c.connections === 1);
    const b = large.find((c) => c.query === query && c.connections === 1);
    if (a === undefined || b === undefined) return [];
    const problem = failedCell(a) || failedCell(b);
    return [
      ratio({
        name: `${query}: p50 at scale ${largeScale} / scale 1`,
        scale: `1 → ${largeScale}`,
        value: problem === '' && a.latencyMs.p50 > 0 ? b.latencyMs.p50 / a.latencyMs.p50 : null,
        goal: 2,
        better: 'lower',
        detail: `${a.latencyMs.p50} → ${b.latencyMs.p50} ms p50, ${a.requestsPerSecond} → ${b.requestsPerSecond} requests/s at 1 connection${problem}`,
      }),
    ];
  });
}

/** Throughput and tail-latency goals of issue 14, item 5, at scale 1. */
const THROUGHPUT_GOALS: ReadonlyArray<{ query: string; rps8: number; p99At32?: number }> = [
  { query: 'point-lookup', rps8: 1500 },
  { query: 'paged-list', rps8: 400, p99At32: 150 },
  { query: 'nested', rps8: 400, p99At32: 150 },
];

/** Why a cell's figure is no measurement (some of its requests failed), or '' when it is one. */
function failedCell(cell: CellResult): string {
  const failures = failuresOf(cell);
  return failures === 0 ? '' : `; not counted: ${failures} of ${sentOf(cell)} requests failed`;
}

/**
 * The item-5 goals at scale 1, each twice: from the default configuration's cells (the read cache on, and a
 * cell repeats one request, so nearly every statement is answered from the cache) and from the cells without
 * the cache (every statement sent to the engine).
 */
export function throughputGoals(cached: readonly CellResult[], uncached: readonly CellResult[]): Ratio[] {
  const find = (cells: readonly CellResult[], query: string, connections: number) =>
    cells.find((c) => c.query === query && c.connections === connections);
  const configurations = [
    { cells: cached, label: 'read cache on (default)' },
    { cells: uncached, label: 'read cache off' },
  ];
  return THROUGHPUT_GOALS.flatMap(({ query, rps8, p99At32 }) =>
    configurations.flatMap(({ cells, label }) => {
      const goals: Ratio[] = [];
      const at8 = find(cells, query, 8);
      if (at8 !== undefined) {
        const problem = failedCell(at8);
        goals.push(
          ratio({
            name: `${query}: requests/s at 8 connections, ${label}`,
            scale: 1,
            value: problem === '' ? at8.requestsPerSecond : null,
            goal: rps8,
            better: 'higher',
            detail: `p50 ${at8.latencyMs.p50} ms; ${at8.roundTripsPerRequest ?? 'n/a'} round trips per request${problem}`,
          }),
        );
      }
      const at32 = p99At32 === undefined ? undefined : find(cells, query, 32);
      if (p99At32 !== undefined && at32 !== undefined) {
        const problem = failedCell(at32);
        goals.push(
          ratio({
            name: `${query}: p99 ms at 32 connections, ${label}`,
            scale: 1,
            value: problem === '' ? at32.latencyMs.p99 : null,
            goal: p99At32,
            better: 'lower',
            detail: `p50 ${at32.latencyMs.p50} ms, ${at32.requestsPerSecond} requests/s${problem}`,
          }),
        );
      }
      return goals;
    }),
  );
}
