import type { MixEntry } from './mix';

export type Phase = 'warmup' | 'measured';

/** What one response was judged to be. */
export interface Verdict {
  readonly ok: boolean;
  /** The first error code of the body (`extensions.code`), if any. */
  readonly code: string | undefined;
  /** Why a failure failed, for the report. */
  readonly why?: string;
  /** A hostile request the server answered with data and no error although one was expected. */
  readonly acceptedHostile?: boolean;
}

interface GraphqlBody {
  readonly data?: unknown;
  readonly errors?: ReadonlyArray<{ readonly message?: unknown; readonly extensions?: { readonly code?: unknown } }>;
}

function parseBody(body: string): GraphqlBody | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphqlBody) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Legitimate requests pass with a 200 and a body with `data` and no `errors`. Hostile ones fail only on a 5xx
 * or an `INTERNAL_SERVER_ERROR` code: a 4xx or a coded error is the expected answer.
 */
export function classify(entry: MixEntry, status: number, body: string): Verdict {
  const parsed = parseBody(body);
  const errors = Array.isArray(parsed?.errors) ? parsed.errors : [];
  const codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  const code = codes[0];
  if (entry.kind === 'legitimate') {
    if (status !== 200) return { ok: false, code, why: `HTTP ${status}` };
    if (parsed === undefined) return { ok: false, code, why: 'body is not JSON' };
    if (errors.length > 0) return { ok: false, code, why: `errors: ${String(errors[0]?.message)}` };
    if (parsed.data === undefined || parsed.data === null) return { ok: false, code, why: 'no data' };
    return { ok: true, code };
  }
  if (status >= 500) return { ok: false, code, why: `HTTP ${status}` };
  if (codes.includes('INTERNAL_SERVER_ERROR'))
    return { ok: false, code: 'INTERNAL_SERVER_ERROR', why: 'internal error' };
  return { ok: true, code, acceptedHostile: entry.expectsError && status === 200 && errors.length === 0 };
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.length === 0 ? 0 : sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(mean),
  };
}

/** A failed response kept for the report. */
export interface FailureSample {
  readonly name: string;
  readonly phase: Phase;
  readonly atSec: number;
  readonly status: number;
  readonly why: string;
  readonly body: string;
}

/** Counters of one query or hostile kind. */
export class EntryStats {
  requests = 0;
  failures = 0;
  acceptedHostile = 0;
  readonly statuses: Record<string, number> = {};
  readonly codes: Record<string, number> = {};
  /** Latencies (ms) of the measured phase, from autocannon's per-response timing. */
  readonly latencies: number[] = [];

  constructor(readonly entry: MixEntry) {}
}

const statusClass = (status: number): string =>
  status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';

/** Every response of the run, counted per entry, per phase and per status class. */
export class SoakStats {
  readonly byEntry = new Map<string, EntryStats>();
  readonly statusClasses: Record<string, number> = { '2xx': 0, '4xx': 0, '5xx': 0 };
  readonly failures: FailureSample[] = [];
  private readonly failuresPerEntry = new Map<string, number>();
  requests = 0;
  legitimate = 0;
  hostile = 0;
  failedLegitimate = 0;
  failedHostile = 0;
  timeouts = 0;
  connectionErrors = 0;
  /** Latencies (ms) of every response of the measured phase. */
  readonly measuredLatencies: number[] = [];

  constructor(entries: readonly MixEntry[]) {
    for (const entry of entries) this.byEntry.set(entry.name, new EntryStats(entry));
  }

  record(entry: MixEntry, status: number, body: string, phase: Phase, atSec: number): Verdict {
    const verdict = classify(entry, status, body);
    const stats = this.byEntry.get(entry.name) as EntryStats;
    stats.requests += 1;
    stats.statuses[String(status)] = (stats.statuses[String(status)] ?? 0) + 1;
    if (verdict.code !== undefined) stats.codes[verdict.code] = (stats.codes[verdict.code] ?? 0) + 1;
    if (verdict.acceptedHostile === true) stats.acceptedHostile += 1;
    this.requests += 1;
    const cls = statusClass(status);
    this.statusClasses[cls] = (this.statusClasses[cls] ?? 0) + 1;
    if (entry.kind === 'legitimate') this.legitimate += 1;
    else this.hostile += 1;
    if (!verdict.ok) {
      stats.failures += 1;
      if (entry.kind === 'legitimate') this.failedLegitimate += 1;
      else this.failedHostile += 1;
      // Five samples per entry and fifty in all are enough to see what went wrong.
      const kept = this.failuresPerEntry.get(entry.name) ?? 0;
      if (kept < 5 && this.failures.length < 50) {
        this.failuresPerEntry.set(entry.name, kept + 1);
        this.failures.push({
          name: entry.name,
          phase,
          atSec: Math.round(atSec * 10) / 10,
          status,
          why: verdict.why ?? '',
          body: body.slice(0, 600),
        });
      }
    }
    return verdict;
  }

  /** Attributes one response time to an entry (measured phase only). */
  recordLatency(name: string, ms: number): void {
    this.measuredLatencies.push(ms);
    this.byEntry.get(name)?.latencies.push(ms);
  }

  get errorsSoFar(): number {
    return this.failedLegitimate + this.failedHostile + this.timeouts + this.connectionErrors;
  }
}
