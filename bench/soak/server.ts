import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectPath } from '../../src/paths';

/** The server the runner started: `node dist/index.js` on a database of its own. */
export interface StartedServer {
  readonly url: string;
  readonly pid: number;
  /** Milliseconds from spawning the process to its first 200 from `/ready`. */
  readonly readyMs: number;
  /** How the process ended if it already has (before `stop`: a crash, or a signal from elsewhere), else null. */
  readonly exited: () => { code: number | null; signal: string | null } | null;
  /** Counts and first lines of what it logged at warn and error (the pinned LOG_LEVEL). */
  readonly log: () => ServerLog;
  /** SIGTERM, then waits for the exit (SIGKILL after `graceMs`); removes the temporary database. */
  readonly stop: (graceMs?: number) => Promise<StopResult>;
}

export interface ServerLog {
  readonly warn: number;
  readonly error: number;
  readonly other: number;
  /** The first lines logged at warn or error, at most 20, each cut to 500 characters. */
  readonly excerpts: readonly string[];
}

export interface StopResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** True when SIGTERM sufficed and the exit code was 0. */
  readonly clean: boolean;
  readonly stopMs: number;
}

/** The environment the soak pins, so that runs are comparable; only PATH and HOME come from the caller. */
export function pinnedEnvironment(kuzuPath: string, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    GRAPH_ENGINE: 'kuzu',
    KUZU_PATH: kuzuPath,
    PORT: '0',
    HOST: '127.0.0.1',
    NEO4J_URI: '',
    LOG_LEVEL: 'warn',
  };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const value = process.env[key];
    if (value !== undefined) env[key] = value;
  }
  return { ...env, ...extra };
}

export interface StartOptions {
  /** How long start-up may take (default 180 s). */
  readonly timeoutMs?: number;
  /**
   * An existing embedded database to serve, left in place at stop; without it a fresh temporary one, seeded by the
   * server on start and removed at stop.
   */
  readonly kuzuPath?: string;
  /** Variables added to the pinned environment (`BENCH_NAIVE_LOADERS`, `KUZU_READ_ONLY`, `NEO4J_URI`, …). */
  readonly env?: Record<string, string>;
  /** How often readiness is polled (default 250 ms; start-up timing polls more often). */
  readonly pollMs?: number;
}

const READY = /GraphQL API ready at (http:\/\/\S+?)["\s]/;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The port `pid` listens on, from /proc: the pid's socket inodes matched against the kernel's TCP table.
 * Needed because LOG_LEVEL=warn hides the info-level "GraphQL API ready at" line that names the port.
 */
function listeningPort(pid: number): number | undefined {
  let inodes: Set<string>;
  try {
    inodes = new Set(
      fs
        .readdirSync(`/proc/${pid}/fd`)
        .map((fd) => {
          try {
            return /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
          } catch {
            return undefined;
          }
        })
        .filter((inode): inode is string => inode !== undefined),
    );
  } catch {
    return undefined;
  }
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = fs.readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      if (fields.length < 10 || fields[3] !== '0A' || !inodes.has(fields[9] as string)) continue;
      const port = parseInt((fields[1] as string).split(':')[1] as string, 16);
      if (Number.isInteger(port) && port > 0) return port;
    }
  }
  return undefined;
}

/**
 * True once the server answers `/ready` with 200: seeded and its database answering. `/health` (which touches no
 * database) is asked first, so that polling often does not add database queries to a start-up that is seeding.
 */
async function ready(url: string): Promise<boolean> {
  try {
    const health = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
    const { phase } = (await health.json()) as { phase?: unknown };
    if (phase !== 'ready') return false;
    const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) });
    await response.text();
    return response.status === 200;
  } catch {
    return false;
  }
}

function collectLog(child: ChildProcessWithoutNullStreams): { log: () => ServerLog; startup: () => string } {
  let startup = '';
  let pending = '';
  const counts = { warn: 0, error: 0, other: 0 };
  const excerpts: string[] = [];
  const onLine = (line: string): void => {
    if (line.trim() === '') return;
    if (startup.length < 20_000) startup += `${line}\n`;
    let level = 'other';
    try {
      const parsed = JSON.parse(line) as { level?: unknown };
      if (parsed.level === 'warn' || parsed.level === 'error') level = parsed.level;
    } catch {
      if (/^(WARN|ERROR)\b/.test(line)) level = line.startsWith('WARN') ? 'warn' : 'error';
    }
    counts[level as keyof typeof counts] += 1;
    if (level !== 'other' && excerpts.length < 20) excerpts.push(line.slice(0, 500));
  };
  const onData = (chunk: Buffer): void => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    // A line longer than 64 KiB without a newline is cut rather than kept growing.
    if (pending.length > 65_536) pending = pending.slice(0, 65_536);
    lines.forEach(onLine);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  return { log: () => ({ ...counts, excerpts: [...excerpts] }), startup: () => startup };
}

/**
 * Starts the built server, by default on a fresh temporary Kùzu database (`options` for another database or
 * engine), and waits until it answers `/ready`.
 */
export async function startServer(options: StartOptions = {}): Promise<StartedServer> {
  const { timeoutMs = 180_000, pollMs = 250 } = options;
  const entry = projectPath('dist', 'index.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const dir = options.kuzuPath === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'soak-kuzu-')) : undefined;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [entry], {
    cwd: projectPath(),
    env: pinnedEnvironment(options.kuzuPath ?? path.join(dir as string, 'graph.kuzu'), options.env),
  });
  const { log, startup } = collectLog(child);
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const removeDir = (): void => {
    if (dir !== undefined) fs.rmSync(dir, { recursive: true, force: true });
  };
  // Should the runner end abruptly, the server it started does not outlive it.
  const orphanGuard = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', orphanGuard);
  void exited.then(() => process.off('exit', orphanGuard));

  const stop = async (graceMs = 30_000): Promise<StopResult> => {
    const started = Date.now();
    let killed = false;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, graceMs);
      await exited;
      clearTimeout(timer);
    }
    const { code, signal } = await exited;
    removeDir();
    return { exitCode: code, signal, clean: !killed && code === 0, stopMs: Date.now() - started };
  };

  const deadline = Date.now() + timeoutMs;
  let url: string | undefined;
  let readyMs = 0;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      removeDir();
      throw new Error(
        `the server exited during start-up (exit code ${child.exitCode}, signal ${child.signalCode}; ` +
          `a clean exit 0 means it was sent SIGTERM or SIGINT):\n${startup()}`,
      );
    }
    const announced = READY.exec(startup())?.[1];
    const port = announced === undefined ? listeningPort(child.pid as number) : undefined;
    const candidate = announced ?? (port === undefined ? undefined : `http://127.0.0.1:${port}/`);
    if (candidate !== undefined && (await ready(candidate))) {
      url = candidate;
      readyMs = Math.round(performance.now() - spawnedAt);
      break;
    }
    await sleep(pollMs);
  }
  if (url === undefined) {
    await stop(5_000);
    throw new Error(`the server did not become ready in ${timeoutMs / 1000} s:\n${startup()}`);
  }
  const exitedNow = (): { code: number | null; signal: string | null } | null =>
    child.exitCode === null && child.signalCode === null ? null : { code: child.exitCode, signal: child.signalCode };
  return { url, pid: child.pid as number, readyMs, exited: exitedNow, log, stop };
}
