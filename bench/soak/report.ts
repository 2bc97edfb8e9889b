import type { RssSample, RssSource } from './memory';
import type { LatencySummary, FailureSample } from './stats';

/** The autocannon figures of one phase. */
export interface PhaseSummary {
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly status: Record<string, number>;
}

export interface EntryReport {
  readonly name: string;
  readonly kind: 'legitimate' | 'hostile';
  readonly description: string;
  readonly requests: number;
  readonly failures: number;
  /** Hostile requests answered with data and no error where the server was expected to refuse them. */
  readonly acceptedHostile?: number;
  readonly statuses: Record<string, number>;
  readonly codes: Record<string, number>;
  readonly latencyMs: LatencySummary;
}

export interface RssReport {
  readonly source: RssSource;
  readonly reason?: string;
  readonly intervalSec: number;
  readonly atWarmupEndMiB: number | null;
  readonly maxMiB: number | null;
  readonly finalMiB: number | null;
  /** (final − at warm-up end) / at warm-up end, in percent. */
  readonly growthPercent: number | null;
  /** (max after warm-up − at warm-up end) / at warm-up end, in percent: for information. */
  readonly peakGrowthPercent: number | null;
  readonly samples: readonly RssSample[];
}

export interface Check {
  readonly name: string;
  readonly pass: boolean;
  readonly detail: string;
}

export interface SoakReport {
  readonly date: string;
  readonly machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    os: string;
    /** The 1-minute load average when the load started and when it ended (the runner and server included). */
    loadAverage: { atStart: number; atEnd: number };
  };
  readonly commit: { id: string; dirty: boolean; note: string };
  readonly engine: string;
  readonly target: { url: string; startedByRunner: boolean; pid: number | null };
  readonly options: Record<string, unknown>;
  readonly mix: {
    legitimate: readonly string[];
    hostile: readonly string[];
    cycleLength: number;
    hostileShare: number;
  };
  readonly preflight: ReadonlyArray<{
    name: string;
    status: number;
    ms: number;
    bytes: number;
    ok: boolean;
    code?: string;
  }>;
  readonly totals: {
    readonly requests: number;
    readonly legitimate: number;
    readonly hostile: number;
    readonly status: Record<string, number>;
    readonly '5xx': number;
    readonly failedLegitimate: number;
    readonly hostileFailed: number;
    readonly timeouts: number;
    readonly connectionErrors: number;
    readonly requestsPerSecond: number;
    /** Over every response of the measured phase, each timed from when its request was set up (bench/soak.ts). */
    readonly latencyMs: LatencySummary;
  };
  readonly phases: { warmup: PhaseSummary | null; measured: PhaseSummary | null };
  /** CPU used in the measured phase, in cores (CPU seconds per wall second); the server's only when started here. */
  readonly cpu: { measuredWallSec: number; runnerCores: number; serverCores: number | null };
  readonly perEntry: readonly EntryReport[];
  readonly failures: readonly FailureSample[];
  readonly rss: RssReport;
  readonly server: {
    readonly log: { warn: number; error: number; other: number; excerpts: readonly string[] } | null;
    readonly stop: { exitCode: number | null; signal: string | null; clean: boolean; stopMs: number } | null;
  };
  readonly aborted: string | null;
  readonly checks: readonly Check[];
  readonly pass: boolean;
}

const value = (n: number | null, unit = ''): string => (n === null ? 'n/a' : `${n}${unit}`);
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The short human report: verdict, the numbers that decide it, a table per query. */
export function markdown(r: SoakReport): string {
  const t = r.totals;
  const lines = [
    `# Soak run: ${r.pass ? 'PASS' : 'FAIL'}`,
    '',
    `${r.date}, commit \`${r.commit.id.slice(0, 12)}\`${r.commit.dirty ? ' (uncommitted changes)' : ''}, ` +
      `${r.engine} engine, ${r.target.startedByRunner ? 'server started by the runner' : `server at ${r.target.url}`}. ` +
      `${r.machine.cpus} CPUs, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.os}; ` +
      `load average ${r.machine.loadAverage.atStart} at the start, ${r.machine.loadAverage.atEnd} at the end.`,
    '',
    `${String(r.options.durationSec)} s with ${String(r.options.connections)} connections, the first ` +
      `${String(r.options.warmupSec)} s warm-up; ${r.mix.legitimate.length} queries round-robin with ` +
      `${r.mix.hostile.length} hostile kinds as 1 request in ${Math.round(1 / r.mix.hostileShare)}.`,
    ...(r.aborted === null ? [] : ['', `**Aborted:** ${r.aborted}`]),
    '',
    '| check | result | detail |',
    '| --- | --- | --- |',
    ...r.checks.map((c) => `| ${c.name} | ${c.pass ? 'pass' : '**FAIL**'} | ${cell(c.detail)} |`),
    '',
    '| total | value |',
    '| --- | --- |',
    `| requests (legitimate / hostile) | ${t.requests} (${t.legitimate} / ${t.hostile}) |`,
    `| 2xx / 4xx / 5xx | ${t.status['2xx'] ?? 0} / ${t.status['4xx'] ?? 0} / ${t['5xx']} |`,
    `| failed legitimate | ${t.failedLegitimate} |`,
    `| hostile answered with 5xx or INTERNAL_SERVER_ERROR | ${t.hostileFailed} |`,
    `| timeouts / connection errors | ${t.timeouts} / ${t.connectionErrors} |`,
    `| requests/s (measured phase) | ${t.requestsPerSecond} |`,
    `| CPU in the measured phase, cores: server / runner | ${value(r.cpu.serverCores)} / ${r.cpu.runnerCores} |`,
    `| latency p50 / p95 / p99 / max (measured phase) | ${t.latencyMs.p50} / ${t.latencyMs.p95} / ${t.latencyMs.p99} / ${t.latencyMs.max} ms |`,
    `| RSS at warm-up end / max / final (${r.rss.source}) | ${value(r.rss.atWarmupEndMiB)} / ${value(r.rss.maxMiB)} / ${value(r.rss.finalMiB)} MiB |`,
    `| RSS growth after warm-up (final / peak) | ${value(r.rss.growthPercent, ' %')} / ${value(r.rss.peakGrowthPercent, ' %')} |`,
    ...(r.rss.reason === undefined ? [] : [`| memory not measured because | ${cell(r.rss.reason)} |`]),
    '',
    '| request | requests | failures | statuses | codes | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: |',
    ...r.perEntry.map((e) => {
      const statuses = Object.entries(e.statuses)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      const codes = Object.entries(e.codes)
        .map(([c, n]) => `${c}×${n}`)
        .join(' ');
      const accepted = (e.acceptedHostile ?? 0) > 0 ? ` (${e.acceptedHostile} answered without error)` : '';
      const l = e.latencyMs;
      return `| ${e.name} | ${e.requests} | ${e.failures}${accepted} | ${statuses} | ${codes || '–'} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.max} |`;
    }),
  ];
  if (r.failures.length > 0) {
    lines.push('', '## Failed responses (first ones)', '');
    for (const f of r.failures.slice(0, 15)) {
      lines.push(
        `- \`${f.name}\` at ${f.atSec} s (${f.phase}): HTTP ${f.status}, ${cell(f.why)}: \`${cell(f.body.slice(0, 200))}\``,
      );
    }
  }
  if (r.server.log !== null && r.server.log.excerpts.length > 0) {
    lines.push(
      '',
      `## Server log (${r.server.log.warn} warn, ${r.server.log.error} error lines; first ones)`,
      '',
      '```',
      ...r.server.log.excerpts.slice(0, 10).map((l) => l.slice(0, 300)),
      '```',
    );
  }
  lines.push('', 'The JSON next to this file has every figure, the RSS samples and the pre-flight answers.', '');
  return lines.join('\n');
}
