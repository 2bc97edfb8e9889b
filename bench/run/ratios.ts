import type { GraphDatabase, Row } from '../../src/db';
import { loadBenchQuery } from '../bench-queries';
import type { RssProbe } from '../soak/memory';
import type { MixEntry } from '../soak/mix';
import { summarize } from '../soak/stats';
import type { LatencySummary } from '../soak/stats';
import { runCell, warmUp } from './cell';
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
  const batchedRps = rpsOf(batched);
  const naiveRps = rpsOf(naive);
  const trips = (cells: CellResult[]): string => String(cells[0]?.roundTripsPerRequest ?? 'n/a');
  return {
    connections,
    batched,
    naive,
    batchedRps,
    naiveRps,
    ratio: ratio({
      name: 'batched / naive throughput, nested query',
      scale: options.scale,
      value: naiveRps > 0 ? batchedRps / naiveRps : null,
      goal: naiveGoal(options.scale),
      better: 'higher',
      detail: `${batchedRps} vs ${naiveRps} requests/s at ${connections} connections; ${trips(batched)} vs ${trips(naive)} round trips per request`,
    }),
  };
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

/** The first `n` rows of each group, rows already ordered within their group. */
function firstOfEach(rows: readonly Row[], key: string, n: number): Row[] {
  const taken = new Map<string, number>();
  return rows.filter((row) => {
    const k = String(row[key]);
    const count = taken.get(k) ?? 0;
    taken.set(k, count + 1);
    return count < n;
  });
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The nested query's data by hand-written Cypher through the port, level by level (bench/cypher/raw-*.cypher). */
async function rawNested(db: GraphDatabase): Promise<NestedShape> {
  const states = await db.read(loadBenchQuery('raw-nested-states'), { limit: 10 });
  await db.read(loadBenchQuery('raw-nested-state-count'));
  const cities = firstOfEach(
    await db.read(loadBenchQuery('raw-nested-cities'), { ids: states.map((s) => String(s.id)) }),
    'state',
    CITIES_PER_STATE,
  );
  const officers = firstOfEach(
    await db.read(loadBenchQuery('raw-nested-officers'), { ids: cities.map((c) => String(c.id)) }),
    'city',
    OFFICERS_PER_CITY,
  );
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

/**
 * (b) The nested query over HTTP, one request at a time, against the same data fetched by the hand-written raw
 * queries in this process, alternately; both p50s compared.
 */
export async function compareRaw(options: {
  scale: number;
  url: string;
  nested: MixEntry;
  db: GraphDatabase;
  iterations: number;
}): Promise<RawComparison> {
  const api = async (): Promise<{ ms: number; body: Json }> => {
    const started = performance.now();
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: options.nested.body,
    });
    const body = (await response.json()) as Json;
    const ms = performance.now() - started;
    if (response.status !== 200 || JSON.stringify(body).includes('"errors"')) {
      throw new Error(`the nested query failed: HTTP ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    }
    return { ms, body };
  };
  const raw = async (): Promise<{ ms: number; shape: NestedShape }> => {
    const started = performance.now();
    const shape = await rawNested(options.db);
    return { ms: performance.now() - started, shape };
  };
  const first = await api();
  const firstRaw = await raw();
  for (let i = 0; i < 3; i += 1) await Promise.all([api(), raw()]);
  const apiMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < options.iterations; i += 1) {
    apiMs.push((await api()).ms);
    rawMs.push((await raw()).ms);
  }
  const a = summarize(apiMs);
  const r = summarize(rawMs);
  const apiShape = shapeOfAnswer(first.body);
  const same = JSON.stringify(apiShape) === JSON.stringify(firstRaw.shape);
  return {
    iterations: options.iterations,
    apiMs: a,
    rawMs: r,
    apiShape,
    rawShape: firstRaw.shape,
    ratio: ratio({
      name: 'API p50 / raw Cypher p50, nested query',
      scale: options.scale,
      value: r.p50 > 0 ? a.p50 / r.p50 : null,
      goal: 1.5,
      better: 'lower',
      detail:
        `${a.p50} ms over HTTP vs ${r.p50} ms for the 5 hand-written queries in process` +
        (same ? '' : ` (answers differ: API ${JSON.stringify(apiShape)}, raw ${JSON.stringify(firstRaw.shape)})`),
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
    return [
      ratio({
        name: `${query}: p50 at scale ${largeScale} / scale 1`,
        scale: `1 → ${largeScale}`,
        value: a.latencyMs.p50 > 0 ? b.latencyMs.p50 / a.latencyMs.p50 : null,
        goal: 2,
        better: 'lower',
        detail: `${a.latencyMs.p50} → ${b.latencyMs.p50} ms p50, ${a.requestsPerSecond} → ${b.requestsPerSecond} requests/s at 1 connection`,
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

/**
 * The item-5 goals at scale 1 from the default configuration's cells (the
 * read cache on), each with what the same query gave with the cache off.
 */
export function throughputGoals(cached: readonly CellResult[], uncached: readonly CellResult[]): Ratio[] {
  const cell = (cells: readonly CellResult[], query: string, connections: number) =>
    cells.find((c) => c.query === query && c.connections === connections);
  return THROUGHPUT_GOALS.flatMap(({ query, rps8, p99At32 }) => {
    const at8 = cell(cached, query, 8);
    const without = cell(uncached, query, 8);
    const at32 = cell(cached, query, 32);
    const goals: Ratio[] = [];
    if (at8 !== undefined) {
      goals.push(
        ratio({
          name: `${query}: requests/s at 8 connections`,
          scale: 1,
          value: at8.requestsPerSecond,
          goal: rps8,
          better: 'higher',
          detail: `default configuration (read cache on); ${without === undefined ? 'not measured' : `${without.requestsPerSecond}`} requests/s with READ_CACHE_MB=0`,
        }),
      );
    }
    if (p99At32 !== undefined && at32 !== undefined) {
      goals.push(
        ratio({
          name: `${query}: p99 ms at 32 connections`,
          scale: 1,
          value: at32.latencyMs.p99,
          goal: p99At32,
          better: 'lower',
          detail: `default configuration (read cache on); p50 ${at32.latencyMs.p50} ms`,
        }),
      );
    }
    return goals;
  });
}
