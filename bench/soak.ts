import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/paths';
import { gitCommit, loadAverage } from './soak/machine';
import { procCpuSeconds, procProbe, metricsProbe, RssSampler } from './soak/memory';
import type { RssProbe } from './soak/memory';
import { buildSequence, hostileRequests, loadQueries } from './soak/mix';
import type { MixEntry } from './soak/mix';
import { parseOptions, USAGE, UsageError } from './soak/options';
import type { SoakOptions } from './soak/options';
import { markdown } from './soak/report';
import type { Check, PhaseSummary, RssReport, SoakReport } from './soak/report';
import { startServer } from './soak/server';
import type { StartedServer, StopResult } from './soak/server';
import { classify, SoakStats, summarize } from './soak/stats';
import type { Phase } from './soak/stats';
import { timedRequest } from './timed-request';

/**
 * The soak runner: the standard query mix with hostile requests interleaved, for a long time, against one server
 * on this machine; counts 5xx and failed legitimate requests and watches the server's resident memory.
 * `npm run bench:soak -- --help` for the options; bench/README.md for what it measures and what passing means.
 */

/** RSS growth after warm-up at or above this fails the run. */
const MAX_RSS_GROWTH_PERCENT = 10;
const RSS_INTERVAL_MS = 5_000;
const PROGRESS_INTERVAL_MS = 30_000;
/** A ceiling on requests per second of a phase, so that every phase is bounded in count as well as in time. */
const MAX_REQUESTS_PER_SECOND = 20_000;
/** Seconds autocannon waits for one response before counting a timeout. */
const REQUEST_TIMEOUT_SEC = 30;

function progress(message: string): void {
  process.stderr.write(`[soak] ${message}\n`);
}

async function healthDetail(url: string): Promise<{ engine: string }> {
  try {
    const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(5000) });
    const body = (await response.json()) as { engine?: unknown };
    return { engine: typeof body.engine === 'string' ? body.engine : 'unknown' };
  } catch {
    return { engine: 'unknown' };
  }
}

/** Each request once, one at a time: a legitimate query that fails here stops the run before any load. */
async function preflight(url: string, entries: readonly MixEntry[]): Promise<SoakReport['preflight']> {
  const answers: Array<SoakReport['preflight'][number]> = [];
  for (const entry of entries) {
    const started = performance.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: entry.body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_SEC * 1000),
    });
    const body = await response.text();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const verdict = classify(entry, response.status, body);
    answers.push({
      name: entry.name,
      status: response.status,
      ms,
      bytes: Buffer.byteLength(body),
      ok: verdict.ok,
      ...(verdict.code === undefined ? {} : { code: verdict.code }),
    });
    if (!verdict.ok && entry.kind === 'legitimate') {
      throw new Error(`pre-flight: ${entry.name} failed (${verdict.why ?? ''}): ${body.slice(0, 500)}`);
    }
  }
  return answers;
}

interface Run {
  readonly stats: SoakStats;
  /** Seconds since the load started. */
  readonly elapsed: () => number;
  phase: Phase;
  /** Requests handed out so far: the position in the sequence, shared by every connection and both phases. */
  sent: number;
  liveTransportErrors: number;
  current: autocannon.Instance | undefined;
  aborted: string | null;
}

/**
 * One autocannon run for `seconds`. A single dynamic request picks the next entry of the sequence from a counter
 * shared by all connections, so the whole mix is walked round-robin however short the run; each response comes
 * back with the entry it answers and its time (`timedRequest`).
 */
function runPhase(
  url: string,
  sequence: readonly MixEntry[],
  options: SoakOptions,
  seconds: number,
  run: Run,
): Promise<autocannon.Result> {
  const requests = [
    timedRequest(
      url,
      () => sequence[run.sent++ % sequence.length] as MixEntry,
      (entry, status, body, ms) => {
        run.stats.record(entry, status, body, run.phase, run.elapsed());
        if (run.phase === 'measured') run.stats.recordLatency(entry.name, ms);
      },
    ),
  ];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: seconds,
        maxOverallRequests: seconds * MAX_REQUESTS_PER_SECOND,
        timeout: REQUEST_TIMEOUT_SEC,
        pipelining: 1,
        requests,
      },
      (error: unknown, result: autocannon.Result) => {
        run.current = undefined;
        if (error !== null && error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(result);
      },
    );
    run.current = instance;
    instance.on('reqError', () => {
      run.liveTransportErrors += 1;
    });
  });
}

function phaseSummary(result: autocannon.Result): PhaseSummary {
  const status: Record<string, number> = {};
  for (const cls of ['1xx', '2xx', '3xx', '4xx', '5xx'] as const) if (result[cls] > 0) status[cls] = result[cls];
  return {
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    errors: result.errors,
    timeouts: result.timeouts,
    status,
  };
}

interface CpuSnapshot {
  readonly atMs: number;
  readonly runnerSec: number;
  readonly serverSec: number | undefined;
}

function cpuNow(serverPid: number | null): CpuSnapshot {
  const usage = process.cpuUsage();
  return {
    atMs: Date.now(),
    runnerSec: (usage.user + usage.system) / 1e6,
    serverSec: serverPid === null ? undefined : procCpuSeconds(serverPid),
  };
}

/** CPU used during the measured phase, in cores: on a small machine the runner competes with the server. */
function cpuReport(from: CpuSnapshot, to: CpuSnapshot): SoakReport['cpu'] {
  const wall = (to.atMs - from.atMs) / 1000;
  const cores = (sec: number): number => (wall <= 0 ? 0 : Math.round((sec / wall) * 100) / 100);
  return {
    measuredWallSec: Math.round(wall * 10) / 10,
    runnerCores: cores(to.runnerSec - from.runnerSec),
    serverCores:
      from.serverSec === undefined || to.serverSec === undefined ? null : cores(to.serverSec - from.serverSec),
  };
}

function rssReport(probe: RssProbe, sampler: RssSampler, atWarmupEnd: number | undefined): RssReport {
  const after = sampler.samples.filter((s) => s.phase === 'measured');
  const final = after[after.length - 1]?.mib;
  const max = after.length === 0 ? undefined : Math.max(...after.map((s) => s.mib));
  const growth = (to: number | undefined): number | null =>
    atWarmupEnd === undefined || to === undefined || atWarmupEnd <= 0
      ? null
      : Math.round(((to - atWarmupEnd) / atWarmupEnd) * 1000) / 10;
  return {
    source: probe.source,
    ...(probe.reason === undefined ? {} : { reason: probe.reason }),
    intervalSec: RSS_INTERVAL_MS / 1000,
    atWarmupEndMiB: atWarmupEnd ?? null,
    maxMiB: max ?? null,
    finalMiB: final ?? null,
    growthPercent: growth(final),
    peakGrowthPercent: growth(max),
    samples: sampler.samples,
  };
}

function checksOf(report: Omit<SoakReport, 'checks' | 'pass'>): Check[] {
  const t = report.totals;
  const checks: Check[] = [
    { name: 'no 5xx', pass: t['5xx'] === 0, detail: `${t['5xx']} responses with a 5xx status` },
    {
      name: 'no failed legitimate request',
      pass: t.failedLegitimate === 0,
      detail: `${t.failedLegitimate} of ${t.legitimate} legitimate requests without a 200 and error-free data`,
    },
    {
      name: 'hostile requests refused cleanly',
      pass: t.hostileFailed === 0,
      detail: `${t.hostileFailed} of ${t.hostile} hostile requests answered with a 5xx or INTERNAL_SERVER_ERROR`,
    },
    {
      name: 'no timeouts or connection errors',
      pass: t.timeouts === 0 && t.connectionErrors === 0,
      detail: `${t.timeouts} timeouts (${REQUEST_TIMEOUT_SEC} s), ${t.connectionErrors} connection errors`,
    },
  ];
  const growth = report.rss.growthPercent;
  checks.push(
    growth === null
      ? {
          name: `RSS growth < ${MAX_RSS_GROWTH_PERCENT} %`,
          pass: true,
          detail: `not measured: ${report.rss.reason ?? 'no samples'}`,
        }
      : {
          name: `RSS growth < ${MAX_RSS_GROWTH_PERCENT} %`,
          pass: growth < MAX_RSS_GROWTH_PERCENT,
          detail: `${report.rss.atWarmupEndMiB} MiB at warm-up end → ${report.rss.finalMiB} MiB final (${growth} %), peak ${report.rss.maxMiB} MiB`,
        },
  );
  if (report.aborted !== null) checks.push({ name: 'run completed', pass: false, detail: report.aborted });
  return checks;
}

function writeReport(out: string, report: SoakReport): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(`${out}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${out}.md`, markdown(report));
}

async function soak(options: SoakOptions): Promise<boolean> {
  const legitimate = loadQueries(options.queriesDir);
  const hostile = hostileRequests();
  const sequence = buildSequence(legitimate, hostile);
  progress(`${legitimate.length} queries and ${hostile.length} hostile kinds, a cycle of ${sequence.length} requests`);

  let server: StartedServer | undefined;
  let serverPid: number | null = null;
  let stopped: StopResult | null = null;
  const stats = new SoakStats([...legitimate, ...hostile]);
  let loadStarted = 0;
  const run: Run = {
    stats,
    elapsed: () => (loadStarted === 0 ? 0 : (Date.now() - loadStarted) / 1000),
    phase: 'warmup',
    sent: 0,
    liveTransportErrors: 0,
    current: undefined,
    aborted: null,
  };
  const abort = (why: string): void => {
    if (run.aborted !== null) return;
    run.aborted = why;
    progress(`stopping: ${why}`);
    run.current?.stop();
  };
  const onSignal = (signal: NodeJS.Signals): void => abort(`${signal} received`);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const timers: NodeJS.Timeout[] = [];
  let sampler: RssSampler | undefined;

  try {
    let url: string;
    let probe: RssProbe;
    if (options.url === undefined) {
      progress('starting node dist/index.js on a fresh temporary Kùzu database (seeding takes a few seconds)');
      server = await startServer();
      url = server.url;
      serverPid = server.pid;
      probe = procProbe(server.pid);
      progress(`server ${server.pid} ready at ${url}`);
    } else {
      url = options.url;
      probe = await metricsProbe(url);
      if (probe.source === 'unavailable') progress(`RSS unavailable: ${probe.reason ?? ''}`);
    }
    const { engine } = await healthDetail(url);
    if (run.aborted !== null) throw new Error(`stopped before the load: ${run.aborted}`);
    const answers = await preflight(url, [...legitimate, ...hostile]);
    progress(`pre-flight: every query answered (${answers.map((a) => `${a.name} ${a.ms} ms`).join(', ')})`);

    const activeSampler = new RssSampler(probe, () => ({
      atSec: run.elapsed(),
      phase: loadStarted === 0 ? 'before' : run.phase,
    }));
    sampler = activeSampler;
    await activeSampler.sample();
    const loadAtStart = loadAverage();
    loadStarted = Date.now();
    activeSampler.start(RSS_INTERVAL_MS);
    timers.push(
      setInterval(() => {
        const rss = activeSampler.latest;
        progress(
          `${Math.round(run.elapsed())} s (${run.phase}): ${stats.requests} requests, ` +
            `${stats.errorsSoFar + run.liveTransportErrors} errors ` +
            `(${stats.failedLegitimate} legitimate failed, ${stats.statusClasses['5xx'] ?? 0} 5xx), ` +
            `RSS ${rss === undefined ? 'n/a' : `${rss} MiB`}`,
        );
      }, PROGRESS_INTERVAL_MS),
    );
    // The watchdog: whatever happens, the load stops a couple of minutes after it should have ended.
    timers.push(setTimeout(() => abort('the run overran its duration'), (options.durationSec + 120) * 1000));

    let warmup: PhaseSummary | null = null;
    let measured: PhaseSummary | null = null;
    if (options.warmupSec > 0 && run.aborted === null) {
      progress(`warm-up: ${options.warmupSec} s with ${options.connections} connections`);
      warmup = phaseSummary(await runPhase(url, sequence, options, options.warmupSec, run));
    }
    const atWarmupEnd = await activeSampler.sample();
    const cpuAtWarmupEnd = cpuNow(serverPid);
    run.phase = 'measured';
    if (run.aborted === null) {
      const seconds = options.durationSec - options.warmupSec;
      progress(
        `measured: ${seconds} s (RSS at warm-up end ${atWarmupEnd === undefined ? 'n/a' : `${atWarmupEnd} MiB`})`,
      );
      measured = phaseSummary(await runPhase(url, sequence, options, seconds, run));
    }
    await activeSampler.sample();
    activeSampler.stop();
    const cpuAtEnd = cpuNow(serverPid);
    timers.forEach((t) => clearTimeout(t));

    for (const phase of [warmup, measured]) {
      if (phase === null) continue;
      stats.timeouts += phase.timeouts;
      stats.connectionErrors += phase.errors - phase.timeouts;
    }
    const log = server?.log() ?? null;
    if (server !== undefined) {
      progress('stopping the server (SIGTERM)');
      stopped = await server.stop();
      server = undefined;
    }
    const cpus = os.cpus();
    const commit = gitCommit();
    const partial: Omit<SoakReport, 'checks' | 'pass'> = {
      date: new Date(loadStarted).toISOString(),
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model ?? 'unknown',
        memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
      },
      commit: {
        ...commit,
        note:
          options.url === undefined
            ? 'the checkout the runner and the server it started were built from'
            : 'the checkout of the runner; the server at --url may run other code',
      },
      engine,
      target: { url, startedByRunner: options.url === undefined, pid: serverPid },
      options: {
        ...options,
        url: options.url ?? null,
        queriesDir: path.relative(PROJECT_ROOT, options.queriesDir) || '.',
        out: path.relative(PROJECT_ROOT, options.out),
      },
      mix: {
        legitimate: legitimate.map((e) => e.name),
        hostile: hostile.map((e) => e.name),
        cycleLength: sequence.length,
        hostileShare: sequence.filter((e) => e.kind === 'hostile').length / sequence.length,
      },
      preflight: answers,
      totals: {
        requests: stats.requests,
        legitimate: stats.legitimate,
        hostile: stats.hostile,
        status: stats.statusClasses,
        '5xx': stats.statusClasses['5xx'] ?? 0,
        failedLegitimate: stats.failedLegitimate,
        hostileFailed: stats.failedHostile,
        timeouts: stats.timeouts,
        connectionErrors: stats.connectionErrors,
        requestsPerSecond: measured?.requestsPerSecond ?? warmup?.requestsPerSecond ?? 0,
        latencyMs: summarize(stats.measuredLatencies),
      },
      phases: { warmup, measured },
      cpu: cpuReport(cpuAtWarmupEnd, cpuAtEnd),
      perEntry: [...stats.byEntry.values()].map((s) => ({
        name: s.entry.name,
        kind: s.entry.kind,
        description: s.entry.description,
        requests: s.requests,
        failures: s.failures,
        ...(s.entry.kind === 'hostile' ? { acceptedHostile: s.acceptedHostile } : {}),
        statuses: s.statuses,
        codes: s.codes,
        latencyMs: summarize(s.latencies),
      })),
      failures: stats.failures,
      rss: rssReport(probe, activeSampler, atWarmupEnd),
      server: { log, stop: stopped },
      aborted: run.aborted,
    };
    const checks = checksOf(partial);
    const report: SoakReport = { ...partial, checks, pass: checks.every((c) => c.pass) };
    writeReport(options.out, report);
    progress(`wrote ${path.relative(process.cwd(), options.out)}.json and .md`);
    const t = report.totals;
    progress(
      `${report.pass ? 'PASS' : 'FAIL'}: ${t.requests} requests (${t.legitimate} legitimate, ${t.hostile} hostile), ` +
        `${t['5xx']} 5xx, ${t.failedLegitimate} failed legitimate, ${t.hostileFailed} hostile with 5xx/internal error, ` +
        `${t.requestsPerSecond} req/s, p50/p95/p99 ${t.latencyMs.p50}/${t.latencyMs.p95}/${t.latencyMs.p99} ms, ` +
        `RSS growth ${report.rss.growthPercent === null ? 'n/a' : `${report.rss.growthPercent} %`}`,
    );
    for (const check of checks.filter((c) => !c.pass)) progress(`failed check: ${check.name}: ${check.detail}`);
    return report.pass;
  } finally {
    timers.forEach((t) => clearTimeout(t));
    sampler?.stop();
    run.current?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (server !== undefined) await server.stop();
  }
}

async function main(): Promise<void> {
  let options: SoakOptions | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const pass = await soak(options);
  process.exitCode = pass ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`[soak] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(3);
});
