import autocannon from 'autocannon';
import type { RssProbe } from '../soak/memory';
import type { MixEntry } from '../soak/mix';
import { timedRequest } from '../timed-request';
import { summarize } from '../soak/stats';
import type { LatencySummary } from '../soak/stats';

/** A ceiling on requests per second, so that every cell is bounded in count as well as in time. */
const MAX_REQUESTS_PER_SECOND = 20_000;
/** Seconds one request may take before it counts as a timeout. */
export const REQUEST_TIMEOUT_SEC = 30;

/** What one cell (one query or the mix, at one concurrency, for a few seconds) measured. */
export interface CellResult {
  readonly query: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: LatencySummary;
  /**
   * Non-2xx answers and 2xx answers with GraphQL `errors` (both counted in `requests`), and requests without an
   * answer: `errors` (autocannon's count, timeouts included) of which `timeouts`.
   */
  readonly failures: { non2xx: number; graphqlErrors: number; timeouts: number; errors: number };
  /** Database queries per GraphQL request, from the deltas of the server's /metrics; null without them. */
  readonly roundTripsPerRequest: number | null;
  /** The server's largest RSS sampled during the cell, MiB; null when not measurable. */
  readonly rssMaxMiB: number | null;
  /**
   * True when too few requests finished in the cell's time (fewer than two per connection: a slow query or a busy
   * machine) and the cell was measured again by count instead, two requests per connection (within the watchdog).
   */
  readonly byCount: boolean;
}

/** Requests of a cell that did not get a 2xx answer free of GraphQL errors (autocannon's errors include timeouts). */
export const failuresOf = (cell: CellResult): number =>
  cell.failures.non2xx + cell.failures.graphqlErrors + cell.failures.errors;

/** Requests a cell sent: those answered and those that got no answer. */
export const sentOf = (cell: CellResult): number => cell.requests + cell.failures.errors;

/** Sums every sample of one metric (all label sets) in prom-client's text format. */
export function metricSum(text: string, name: string, skip?: RegExp): number | undefined {
  let sum: number | undefined;
  const pattern = new RegExp(`^${name}(\\{[^}]*\\})?\\s+([0-9.eE+-]+)\\s*$`, 'gm');
  for (const match of text.matchAll(pattern)) {
    if (skip !== undefined && skip.test(match[1] ?? '')) continue;
    sum = (sum ?? 0) + Number(match[2]);
  }
  return sum;
}

export interface Counters {
  readonly dbQueries: number;
  readonly graphqlRequests: number;
}

/** The two counters round trips per request come from, or undefined when the server does not expose them. */
export async function readCounters(url: string): Promise<Counters | undefined> {
  try {
    const response = await fetch(new URL('/metrics', url), { signal: AbortSignal.timeout(5000) });
    if (response.status !== 200) return undefined;
    const text = await response.text();
    // Reads the read cache answered are not round trips.
    const dbQueries = metricSum(text, 'kg_db_query_duration_seconds_count', /outcome="cached"/);
    const graphqlRequests = metricSum(text, 'kg_graphql_requests_total');
    return dbQueries === undefined || graphqlRequests === undefined ? undefined : { dbQueries, graphqlRequests };
  } catch {
    return undefined;
  }
}

/** Runs autocannon for `seconds` at `connections`, walking `entries` round-robin (one entry: one query). */
function cannon(
  url: string,
  entries: readonly MixEntry[],
  connections: number,
  seconds: number,
  onLatency?: (ms: number) => void,
  amount?: number,
): Promise<{ result: autocannon.Result; graphqlErrors: number }> {
  let sent = 0;
  let graphqlErrors = 0;
  const requests = [
    timedRequest(
      url,
      () => entries[sent++ % entries.length] as MixEntry,
      (_entry, status, body, ms) => {
        if (status >= 200 && status < 300 && body.includes('"errors"')) graphqlErrors += 1;
        onLatency?.(ms);
      },
    ),
  ];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(amount === undefined
          ? { duration: seconds, maxOverallRequests: Math.ceil(seconds * MAX_REQUESTS_PER_SECOND) }
          : { amount }),
        timeout: REQUEST_TIMEOUT_SEC,
        pipelining: 1,
        requests,
      },
      (error: unknown, result: autocannon.Result) => {
        clearTimeout(watchdog);
        if (error !== null && error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ result, graphqlErrors });
      },
    );
    // Whatever happens, a cell ends shortly after its time.
    const watchdog = setTimeout(() => instance.stop(), (seconds + REQUEST_TIMEOUT_SEC + 10) * 1000);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits (at most `maxMs`, 15 s by default) until the server has no database query running or queued, from its /metrics: requests
 * that autocannon gave up on at the end of a run still hold the pool, and would slow the next cell down.
 * Returns at once for a server without those metrics.
 */
export async function settle(url: string, maxMs = 15_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    let text: string;
    try {
      text = await (await fetch(new URL('/metrics', url), { signal: AbortSignal.timeout(5000) })).text();
    } catch {
      return;
    }
    const busy = /^kg_db_pool_connections\{state="busy"\}\s+(\S+)/m.exec(text)?.[1];
    const waiting = metricSum(text, 'kg_db_pool_waiting');
    if (busy === undefined || waiting === undefined || (Number(busy) === 0 && waiting === 0)) return;
    await sleep(100);
  }
}

/** A short unmeasured run: connections opened, caches and the JIT warm. */
export async function warmUp(url: string, entries: readonly MixEntry[], connections: number, seconds: number) {
  if (seconds > 0) await cannon(url, entries, connections, seconds);
  await settle(url);
}

/**
 * `amount` requests of one query, one at a time on one kept-alive connection (as a load cell sends them): each
 * one's latency, and how many failed (non-2xx, GraphQL errors, timeouts, connection errors).
 */
export async function timedRequests(
  url: string,
  entry: MixEntry,
  amount: number,
): Promise<{ latenciesMs: number[]; failures: number }> {
  const latenciesMs: number[] = [];
  const { result, graphqlErrors } = await cannon(
    url,
    [entry],
    1,
    REQUEST_TIMEOUT_SEC,
    (ms) => latenciesMs.push(ms),
    amount,
  );
  return { latenciesMs, failures: result.non2xx + graphqlErrors + result.errors };
}

/** One measured cell: throughput, latency percentiles, round trips per request and the server's RSS. */
export async function runCell(options: {
  url: string;
  name: string;
  entries: readonly MixEntry[];
  connections: number;
  seconds: number;
  rss: RssProbe;
}): Promise<CellResult> {
  const { url, entries, connections, seconds, rss } = options;
  const latencies: number[] = [];
  let rssMax: number | undefined;
  const sampleRss = async (): Promise<void> => {
    const bytes = await rss.read();
    if (bytes !== undefined) rssMax = Math.max(rssMax ?? 0, bytes);
  };
  const before = await readCounters(url);
  await sampleRss();
  const sampler = setInterval(() => void sampleRss(), 1000);
  let outcome: Awaited<ReturnType<typeof cannon>>;
  let byCount = false;
  try {
    outcome = await cannon(url, entries, connections, seconds, (ms) => latencies.push(ms));
    if (outcome.result.requests.total < 2 * connections) {
      await settle(url);
      byCount = true;
      latencies.length = 0;
      outcome = await cannon(url, entries, connections, seconds, (ms) => latencies.push(ms), 2 * connections);
    }
  } finally {
    clearInterval(sampler);
  }
  await sampleRss();
  await settle(url);
  const after = await readCounters(url);
  const { result, graphqlErrors } = outcome;
  const answered = before === undefined || after === undefined ? 0 : after.graphqlRequests - before.graphqlRequests;
  return {
    query: options.name,
    connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round((result.requests.total / Math.max(result.duration, 0.001)) * 10) / 10,
    latencyMs: summarize(latencies),
    failures: { non2xx: result.non2xx, graphqlErrors, timeouts: result.timeouts, errors: result.errors },
    roundTripsPerRequest:
      before === undefined || after === undefined || answered <= 0
        ? null
        : Math.round(((after.dbQueries - before.dbQueries) / answered) * 100) / 100,
    rssMaxMiB: rssMax === undefined ? null : Math.round((rssMax / 2 ** 20) * 10) / 10,
    byCount,
  };
}
