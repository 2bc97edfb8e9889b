import fs from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Where the server's resident memory comes from. */
export type RssSource = 'proc' | 'metrics' | 'unavailable';

/** Reads the server's resident set size in bytes; undefined when it cannot. */
export interface RssProbe {
  readonly source: RssSource;
  /** Why memory is not measured (source `unavailable`). */
  readonly reason?: string;
  readonly read: () => Promise<number | undefined>;
}

/** VmRSS of a local process from /proc/<pid>/status. */
export function procProbe(pid: number): RssProbe {
  return {
    source: 'proc',
    read: async () => {
      try {
        const status = await fs.promises.readFile(`/proc/${pid}/status`, 'utf8');
        const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
        return kib === undefined ? undefined : Number(kib) * 1024;
      } catch {
        return undefined;
      }
    },
  };
}

/** `process_resident_memory_bytes` from the prom-client text at `<origin>/metrics`. */
async function readMetrics(url: string): Promise<number | string> {
  try {
    const response = await fetch(new URL('/metrics', url), { signal: AbortSignal.timeout(3000) });
    const text = await response.text();
    if (response.status !== 200) return `GET /metrics answered ${response.status}`;
    const value = /^process_resident_memory_bytes(?:\{[^}]*\})?\s+([0-9.eE+-]+)\s*$/m.exec(text)?.[1];
    if (value === undefined || !Number.isFinite(Number(value))) {
      return 'GET /metrics has no process_resident_memory_bytes';
    }
    return Number(value);
  } catch (error) {
    return `GET /metrics failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A probe on `GET /metrics` when the server exposes it, or an `unavailable` probe saying why not. */
export async function metricsProbe(url: string): Promise<RssProbe> {
  const first = await readMetrics(url);
  if (typeof first === 'string') return { source: 'unavailable', reason: first, read: async () => undefined };
  return {
    source: 'metrics',
    read: async () => {
      const value = await readMetrics(url);
      return typeof value === 'number' ? value : undefined;
    },
  };
}

export interface RssSample {
  /** Seconds since the load started. */
  readonly atSec: number;
  readonly mib: number;
  readonly phase: 'before' | 'warmup' | 'measured' | 'after';
}

const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Samples a probe every `intervalMs` (and on demand), keeping every sample. */
export class RssSampler {
  readonly samples: RssSample[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly probe: RssProbe,
    private readonly clock: () => { atSec: number; phase: RssSample['phase'] },
  ) {}

  /** Takes one sample now; the value in MiB, or undefined when the probe cannot read. */
  async sample(): Promise<number | undefined> {
    const { atSec, phase } = this.clock();
    const bytes = await this.probe.read();
    if (bytes === undefined) return undefined;
    const value = mib(bytes);
    this.samples.push({ atSec: Math.round(atSec * 10) / 10, mib: value, phase });
    return value;
  }

  start(intervalMs: number): void {
    if (this.probe.source === 'unavailable') return;
    this.timer = setInterval(() => void this.sample(), intervalMs);
  }

  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  get latest(): number | undefined {
    return this.samples[this.samples.length - 1]?.mib;
  }
}

let clockTicks: number | undefined;

/** CPU seconds (user + system) a local process has used so far, from /proc/<pid>/stat; undefined if unreadable. */
export function procCpuSeconds(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return undefined;
  }
}
