import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

/** The repository root and the built server (`npm test` builds before running the suites). */
export const ROOT = path.resolve(__dirname, '..', '..');
const ENTRY = path.join(ROOT, 'dist', 'index.js');

/** The built server running as a child process, as a newcomer runs it. */
export interface ServerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything it printed so far, stdout and stderr. */
  readonly output: () => string;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
}

/**
 * The environment a test server starts from: nothing of the caller's but what
 * Node needs to run, so a `NEO4J_URI` or `GRAPH_ENGINE` in the shell that runs
 * the tests cannot turn a test of a fresh embedded database into a test of
 * someone's Neo4j. The embedded engine, loopback and info logs unless `env` says otherwise.
 */
function baseEnvironment(): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const value = process.env[name];
    if (value !== undefined) kept[name] = value;
  }
  return { ...kept, NODE_ENV: 'test', GRAPH_ENGINE: 'kuzu', LOG_LEVEL: 'info', HOST: '127.0.0.1' };
}

/** Every server a test file started, so `stopAllServers` can end those a failed test left running. */
const started: ServerProcess[] = [];

/** Starts `node dist/index.js` with `env` over a pinned base environment (see `baseEnvironment`). */
export function startServerProcess(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, [ENTRY], { cwd: ROOT, env: { ...baseEnvironment(), ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const server = { child, output: () => output, exited };
  started.push(server);
  return server;
}

/** Kills every server process this test file started that is still running (for afterAll). */
export async function stopAllServers(): Promise<void> {
  for (const server of started.splice(0)) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
}

/** Waits until the output matches `pattern`; fails with the output if the server exits or takes too long. */
export async function waitForOutput(
  started: ServerProcess,
  pattern: RegExp,
  timeoutMs = 90_000,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = pattern.exec(started.output());
    if (match) return match;
    if (started.child.exitCode !== null) throw new Error(`server exited early:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`server did not print ${String(pattern)} in time:\n${started.output()}`);
}

/** Waits until the server says it is ready and where; fails with its output if it exits or takes too long. */
export async function waitForUrl(started: ServerProcess, timeoutMs = 90_000): Promise<string> {
  return (await waitForOutput(started, /GraphQL API ready at (http:\/\/\S+?)["\s]/, timeoutMs))[1] as string;
}

/** Waits until the server listens (it may not be ready: seeding, or waiting for its database). */
export async function waitForListening(started: ServerProcess, timeoutMs = 90_000): Promise<string> {
  return (await waitForOutput(started, /Listening at (http:\/\/\S+?)[\s"]/, timeoutMs))[1] as string;
}
