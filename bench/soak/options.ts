import path from 'node:path';
import { projectPath } from '../../src/paths';
import { readFlags, UsageError } from '../flags';

export { UsageError };

/** What a soak run was asked to do, after parsing and checking the command line. */
export interface SoakOptions {
  /** A running server to load; undefined: the runner starts `node dist/index.js` itself. */
  readonly url: string | undefined;
  /** Whole run in seconds, warm-up included. */
  readonly durationSec: number;
  readonly connections: number;
  /** The first seconds of the run, whose end is the memory baseline; latency is measured after it. */
  readonly warmupSec: number;
  readonly queriesDir: string;
  /** Output path without extension: `.json` and `.md` are written next to each other. */
  readonly out: string;
}

export const USAGE = `usage: npm run bench:soak -- [options]

  --url URL            load a server already running on this machine (loopback only);
                       without it the runner starts node dist/index.js on a fresh temporary Kùzu database
  --duration SECONDS   whole run, warm-up included (default 600)
  --warmup SECONDS     warm-up at the start of the run (default 60)
  --connections N      concurrent connections (default 32)
  --queries DIR        folder of *.graphql operations (default bench/queries)
  --out PATH           report path without extension (default bench/results/soak: .json and .md)
  --help               this text`;

const LOOPBACK_NAMES = new Set(['localhost', '[::1]', '::1']);

/** True for names and addresses that can only mean this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (LOOPBACK_NAMES.has(host)) return true;
  return /^127(\.\d{1,3}){3}$/.test(host) && host.split('.').every((part) => Number(part) <= 255);
}

/** The URL if it is http(s) on a loopback host; a UsageError otherwise. */
export function checkLoopbackUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--url ${JSON.stringify(text)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--url must be http or https, not ${url.protocol}`);
  }
  if (!isLoopbackHost(url.hostname)) {
    throw new UsageError(
      `--url ${url.hostname} is not a loopback host: the soak runner only loads 127.0.0.1/localhost`,
    );
  }
  return url.toString();
}

function number(flag: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${flag} needs a whole number from ${min} to ${max}, got ${JSON.stringify(text ?? '')}`);
  }
  return value;
}

/** Parses `argv` (without node and the script); throws UsageError on anything unexpected. */
export function parseOptions(argv: readonly string[]): SoakOptions | 'help' {
  const flags = readFlags(argv, ['url', 'duration', 'warmup', 'connections', 'queries', 'out']);
  if (flags === 'help') return 'help';
  const { values } = flags;
  const durationSec = values.has('--duration') ? number('--duration', values.get('--duration'), 1, 86_400) : 600;
  const warmupSec = values.has('--warmup') ? number('--warmup', values.get('--warmup'), 0, 86_400) : 60;
  if (warmupSec >= durationSec) {
    throw new UsageError(`--warmup (${warmupSec} s) must be shorter than --duration (${durationSec} s)`);
  }
  const given = values.get('--url');
  const fromCwd = (p: string): string => path.resolve(process.cwd(), p);
  return {
    url: given === undefined ? undefined : checkLoopbackUrl(given),
    durationSec,
    warmupSec,
    connections: values.has('--connections') ? number('--connections', values.get('--connections'), 1, 1000) : 32,
    queriesDir: values.has('--queries') ? fromCwd(values.get('--queries') as string) : projectPath('bench', 'queries'),
    out: values.has('--out') ? fromCwd(values.get('--out') as string) : projectPath('bench', 'results', 'soak'),
  };
}
