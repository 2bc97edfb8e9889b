import path from 'node:path';
import { projectPath } from '../../src/paths';
import { readFlags, UsageError } from '../flags';
import { checkLoopbackUrl } from '../soak/options';

/** The sections of a run, in the order they run. */
export const SECTIONS = ['load', 'ratios', 'startup', 'seeds', 'memory', 'lookups'] as const;
export type Section = (typeof SECTIONS)[number];

/** What `npm run bench` was asked to do. */
export interface BenchOptions {
  readonly scales: readonly number[];
  /** A running server to load (loopback only); undefined: the runner starts its own per scale. */
  readonly url: string | undefined;
  readonly queriesDir: string;
  readonly connections: readonly number[];
  /** Measured seconds of one cell (one query or the mix at one concurrency). */
  readonly cellSec: number;
  /** Unmeasured seconds before each cell. */
  readonly warmupSec: number;
  readonly quick: boolean;
  readonly sections: readonly Section[];
  /** Output path without extension: `.json` and `.md`. */
  readonly out: string;
  /** On Neo4j: delete what the database holds before loading a scale. */
  readonly replace: boolean;
}

export const USAGE = `usage: npm run bench -- [options]

  --scale LIST         scales to run, comma-separated (default 1; e.g. --scale 100,1000). Scale N is the seeds plus
                       N − 1 synthetic copies of their core shape (npm run bench:data)
  --quick              a fast look: 1.5 s cells, short ratios, no lookups (default cells: 6 s after a 2 s warm-up)
  --url URL            load a GraphQL endpoint already running on this machine (loopback only): the load section
                       only, RSS from its /metrics; it must hold the data the queries ask for
  --queries DIR        folder of *.graphql operations (default bench/queries)
  --connections LIST   concurrencies (default 1,8,32)
  --duration SECONDS   measured seconds per cell (overrides --quick's and the default)
  --sections LIST      some of ${SECTIONS.join(',')} (default: all but lookups; with --url: load)
  --out PATH           report path without extension (default bench/results/latest, quick: bench/results/quick)
  --replace            Neo4j only: delete everything in the database before loading each scale
  --help               this text

Without --url the runner builds each scale in a temporary Kùzu database (or, with NEO4J_URI set, in that Neo4j
database: it must be empty, or pass --replace) and starts the built server (dist/index.js: npm run build first).`;

function list(flag: string, text: string, min: number, max: number): number[] {
  const values = text.split(',').map((v) => Number(v.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < min || v > max)) {
    throw new UsageError(
      `${flag} needs whole numbers from ${min} to ${max}, comma-separated; got ${JSON.stringify(text)}`,
    );
  }
  return [...new Set(values)];
}

/** Parses `argv` (without node and the script); throws UsageError on anything unexpected. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions | 'help' {
  const flags = readFlags(
    argv,
    ['scale', 'url', 'queries', 'connections', 'duration', 'sections', 'out'],
    ['quick', 'replace'],
  );
  if (flags === 'help') return 'help';
  const { values, switches } = flags;
  const quick = switches.has('--quick');
  const url = values.has('--url') ? checkLoopbackUrl(values.get('--url') as string) : undefined;
  const sections = values.has('--sections')
    ? (values.get('--sections') as string).split(',').map((s) => s.trim())
    : url === undefined
      ? SECTIONS.filter((s) => s !== 'lookups')
      : ['load'];
  const unknown = sections.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new UsageError(`--sections: unknown ${unknown.join(', ')} (use ${SECTIONS.join(', ')})`);
  if (url !== undefined && sections.some((s) => s !== 'load')) {
    throw new UsageError('--url runs the load section only: the other sections start servers of their own');
  }
  const fromCwd = (p: string): string => path.resolve(process.cwd(), p);
  const duration = values.get('--duration');
  return {
    scales: values.has('--scale') ? list('--scale', values.get('--scale') as string, 1, 10_000) : [1],
    url,
    queriesDir: values.has('--queries') ? fromCwd(values.get('--queries') as string) : projectPath('bench', 'queries'),
    connections: values.has('--connections')
      ? list('--connections', values.get('--connections') as string, 1, 1000)
      : [1, 8, 32],
    cellSec: duration !== undefined ? (list('--duration', duration, 1, 3600)[0] as number) : quick ? 1.5 : 6,
    warmupSec: quick ? 0.5 : 2,
    quick,
    sections: SECTIONS.filter((s) => sections.includes(s)),
    out: values.has('--out')
      ? fromCwd(values.get('--out') as string)
      : projectPath('bench', 'results', quick ? 'quick' : 'latest'),
    replace: switches.has('--replace'),
  };
}
