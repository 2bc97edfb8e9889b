import type { DataReport } from '../data/build';
import { failuresOf } from './cell';
import type { CellResult } from './cell';
import type { NaiveComparison, RawComparison, Ratio } from './ratios';
import type { StartupReport } from './startup';

/** What one scale of a run measured. */
export interface ScaleReport {
  readonly scale: number | null;
  /** null with --url (the data was not built by the runner). */
  readonly data: DataReport | null;
  readonly server: {
    readyMs: number | null;
    rssIdleMiB: number | null;
    rssUnderLoadMaxMiB: number | null;
    /** Set when the server ended during the load section (a crash, or a signal from another process). */
    exitedDuringLoad?: { code: number | null; signal: string | null };
  };
  readonly preflight: ReadonlyArray<{ name: string; ms: number; roundTrips: number | null; bytes: number }>;
  /** Default configuration (the read cache on). */
  readonly cells: CellResult[];
  /** The scale-ratio queries with READ_CACHE_MB=0: every request sends its statements. */
  readonly uncachedCells: CellResult[];
  readonly naive?: NaiveComparison;
  readonly raw?: RawComparison;
}

export interface BenchReport {
  readonly date: string;
  readonly machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    os: string;
    loadAverage: { atStart: number; atEnd: number };
  };
  readonly commit: { id: string; dirty: boolean };
  readonly engine: string;
  readonly target: string;
  readonly options: Record<string, unknown>;
  readonly scales: ScaleReport[];
  /** Scale-1 cells measured only for the scale ratios, when scale 1 was not among the run's scales. */
  readonly scaleBaseline: CellResult[] | null;
  /** Every ratio and memory / start-up goal, met or missed. */
  readonly goals: Ratio[];
  readonly startup: StartupReport | null;
  readonly seeds: Record<string, unknown> | null;
  readonly memory: Record<string, unknown> | null;
  readonly lookups: unknown[] | null;
  /** The last soak run's RSS verdict (bench/results/soak.json), which this runner does not repeat. */
  readonly soak: { file: string; date: string; growthPercent: number | null; pass: boolean } | null;
  readonly totalSec: number;
}

const mib = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);
const verdict = (r: Ratio): string =>
  r.met !== null ? (r.met ? '**met**' : '**missed**') : r.goal === null ? 'no goal here' : 'not measured';
const value = (v: number | null | undefined, unit = ''): string =>
  v === null || v === undefined ? 'n/a' : `${v}${unit}`;

function cellTable(cells: readonly CellResult[]): string[] {
  return [
    '| query | connections | requests/s | p50 ms | p95 ms | p99 ms | round trips / request | failures | server RSS max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...cells.map((c) => {
      const failures = failuresOf(c);
      return `| ${c.query} | ${c.connections} | ${c.requestsPerSecond}${c.byCount ? ' \\*' : ''} | ${c.latencyMs.p50} | ${c.latencyMs.p95} | ${c.latencyMs.p99} | ${value(c.roundTripsPerRequest)} | ${failures} | ${value(c.rssMaxMiB, ' MiB')} |`;
    }),
  ];
}

function scaleSection(s: ScaleReport, engine: string): string[] {
  const d = s.data;
  const lines = [`## Scale ${s.scale ?? '(the server at --url)'} on ${engine}`, ''];
  if (d !== null) {
    lines.push(
      `${d.totals.nodes} nodes and ${d.totals.relationships} relationships (${d.synthetic.nodes} and ${d.synthetic.relationships} synthetic); ` +
        `built in ${(d.totalMs / 1000).toFixed(1)} s (seeds ${d.seeds.ms} ms at ${d.seeds.statementsPerSecond} statements/s, ` +
        `bulk load ${d.synthetic.loadMs} ms), database ${mib(d.databaseBytes)}.`,
      '',
    );
  }
  lines.push(
    `Server ready in ${value(s.server.readyMs, ' ms')} from spawn; RSS idle ${value(s.server.rssIdleMiB, ' MiB')}, ` +
      `under load at most ${value(s.server.rssUnderLoadMaxMiB, ' MiB')}. Pre-flight (one request each, round trips from ` +
      `\`extensions.queryStats\`): ${s.preflight.map((p) => `${p.name} ${p.ms} ms / ${value(p.roundTrips)}`).join(', ')}.`,
    '',
  );
  if (s.server.exitedDuringLoad !== undefined) {
    const e = s.server.exitedDuringLoad;
    lines.push(
      `**The server exited during the load** (code ${e.code}, signal ${e.signal}): the cells after that failed.`,
      '',
    );
  }
  const captioned = (caption: string, cells: readonly CellResult[]): string[] =>
    cells.length === 0 ? [] : [caption, '', ...cellTable(cells), ''];
  lines.push(
    ...captioned(
      'Default configuration: the read cache is on, and each cell repeats the same request, so after the first one ' +
        'nearly every statement is answered from the cache (round trips near 0).',
      s.cells,
    ),
    ...captioned(
      'Without the read cache (`READ_CACHE_MB=0`): every request sends its statements to the engine. The scale ' +
        'ratios compare these cells.',
      s.uncachedCells,
    ),
  );
  if (s.cells.some((c) => c.byCount)) {
    lines.push(
      '\\* fewer than two requests per connection finished in the cell: measured again by count (two per connection).',
      '',
    );
  }
  if (s.naive !== undefined) {
    const n = s.naive;
    lines.push(
      `Batched vs naive loaders (nested, ${n.connections} connections, ${n.batched.length} alternating cells each): ` +
        `${n.batchedRps} vs ${n.naiveRps} requests/s, ${n.ratio.value ?? 'n/a'}×; p50 ${n.batched[0]?.latencyMs.p50} vs ${n.naive[0]?.latencyMs.p50} ms (first cells).`,
      '',
    );
  }
  if (s.raw !== undefined) {
    const r = s.raw;
    lines.push(
      `API vs raw Cypher (nested, ${r.iterations} alternating runs, one at a time): p50 ${r.apiMs.p50} vs ${r.rawMs.p50} ms, ` +
        `p95 ${r.apiMs.p95} vs ${r.rawMs.p95} ms; answer ${JSON.stringify(r.apiShape)}, raw ${JSON.stringify(r.rawShape)}.`,
      '',
    );
  }
  return lines;
}

/** The report as markdown: the goals first, then each scale's table, start-up, seeds and memory. */
export function markdown(r: BenchReport): string {
  const m = r.machine;
  const lines = [
    `# Benchmark results${r.options.quick === true ? ' (quick mode: short cells, noisy)' : ''}`,
    '',
    `${r.date}, commit \`${r.commit.id.slice(0, 12)}\`${r.commit.dirty ? ' (uncommitted changes)' : ''}, ${r.engine} engine, ${r.target}. ` +
      `${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; load average ${m.loadAverage.atStart} at the start, ` +
      `${m.loadAverage.atEnd} at the end. Cells of ${String(r.options.cellSec)} s after ${String(r.options.warmupSec)} s of warm-up; ` +
      `whole run ${Math.round(r.totalSec)} s.`,
    '',
    'Absolute numbers on a shared 2-core machine are noisy: read the ratios, each measured side by side in this run.',
    '',
    '## Goals',
    '',
    '| measure | scale | value | goal | verdict | detail |',
    '| --- | --- | ---: | ---: | --- | --- |',
    ...r.goals.map(
      (g) =>
        `| ${g.name} | ${g.scale} | ${value(g.value)} | ${g.goal === null ? '–' : `${g.better === 'higher' ? '≥' : '≤'} ${g.goal}`} | ${verdict(g)} | ${g.detail} |`,
    ),
    '',
  ];
  for (const s of r.scales) lines.push(...scaleSection(s, r.engine));
  if (r.scaleBaseline !== null) {
    lines.push(
      '## Scale 1 baseline for the scale ratios (without the read cache)',
      '',
      ...cellTable(r.scaleBaseline),
      '',
    );
  }
  if (r.startup !== null) {
    const s = r.startup;
    const row = (what: string, t: StartupReport['firstStart']): string =>
      `| ${what} | ${t.map((x) => x.readyMs).join(', ')} | ${t.map((x) => x.firstAnswerMs).join(', ')} | ${t.map((x) => value(x.rssMiB)).join(', ')} |`;
    lines.push(
      '## Start-up (built server, default configuration, scale 1)',
      '',
      '| start | to /ready, ms | to first answered query, ms | RSS then, MiB |',
      '| --- | --- | --- | --- |',
      row('first (create, seed, serve)', s.firstStart),
      row('restart (already seeded)', s.restart),
      '',
    );
  }
  if (r.seeds !== null)
    lines.push('## Seeds (in process, in-memory database)', '', '```json', JSON.stringify(r.seeds, null, 2), '```', '');
  if (r.memory !== null) {
    lines.push(
      '## Memory under repeated queries (in process)',
      '',
      '```json',
      JSON.stringify(r.memory, null, 2),
      '```',
      '',
    );
  }
  if (r.lookups !== null)
    lines.push('## Lookup strategies', '', '```json', JSON.stringify(r.lookups, null, 2), '```', '');
  lines.push(
    '## Soak',
    '',
    r.soak === null
      ? 'No soak results yet: `npm run bench:soak` writes [soak.md](soak.md).'
      : `RSS growth over the last soak (${r.soak.date}): ${value(r.soak.growthPercent, ' %')}, ${r.soak.pass ? 'pass' : 'fail'}; see [soak.md](soak.md).`,
    '',
    'The JSON next to this file has every figure.',
    '',
  );
  return lines.join('\n');
}
