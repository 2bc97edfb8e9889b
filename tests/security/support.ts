import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ROOT, waitForUrl } from '../support/server-process';
import type { ServerProcess } from '../support/server-process';

/**
 * Shared helpers of the security suites: the built server started with a
 * pinned environment, a raw HTTP client that sends exactly what it is given,
 * the checks every answer must pass, and a checksum of the whole graph.
 */

/** The environment the server gets, and nothing else from the caller's but PATH. */
export function pinnedEnv(kuzuPath: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    GRAPH_ENGINE: 'kuzu',
    KUZU_PATH: kuzuPath,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    NEO4J_URI: '',
    LOG_LEVEL: 'info',
    EXPOSE_ERRORS: 'false',
    AUTO_SEED: 'true',
    REPORT_QUERY_STATS: 'false',
    HTTP_REQUEST_TIMEOUT_MS: '3000',
    BODY_LIMIT_BYTES: '1000000',
  };
}

export interface SecurityServer {
  readonly process: ServerProcess;
  /** Where GraphQL is served, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  readonly port: number;
  /** True while the child has neither exited nor been killed. */
  readonly alive: () => boolean;
  /** SIGTERM, wait for the exit, remove the temporary database. */
  readonly stop: () => Promise<void>;
}

/** Starts `node dist/index.js` on a fresh database in a temporary directory (the first start seeds it). */
export async function startSecurityServer(): Promise<SecurityServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-security-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'index.js')], {
    cwd: ROOT,
    env: pinnedEnv(path.join(dir, 'graph.kuzu')),
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started: ServerProcess = { child, output: () => output, exited };
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  const stop = async (): Promise<void> => {
    if (alive()) {
      child.kill('SIGTERM');
      // A server that does not stop within 15 s is killed, so that the suite still ends.
      const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(late);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await waitForUrl(started, 110_000);
    return { process: started, url, port: Number(new URL(url).port), alive, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** One HTTP answer; `status` 0 with `closed` when the server closed the connection instead. */
export interface Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
  readonly closed?: string;
}

export interface RawRequest {
  readonly method?: string;
  /** Sent as it is (no normalisation), e.g. `//` or `/%zz`. */
  readonly path?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** Sends one request on a fresh connection and reads the whole answer. */
export function send(port: number, request: RawRequest, timeoutMs = 30_000): Promise<Reply> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (reply: Reply): void => {
      if (settled) return;
      settled = true;
      resolve(reply);
    };
    const req = http.request(
      { host: '127.0.0.1', port, method: request.method ?? 'GET', path: request.path ?? '/', agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (error) =>
          done({ status: res.statusCode ?? 0, headers: res.headers, text: '', closed: error.message }),
        );
      },
    );
    for (const [name, value] of Object.entries(request.headers ?? {})) req.setHeader(name, value);
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error) => done({ status: 0, headers: {}, text: '', closed: error.message }));
    req.end(request.body);
  });
}

/** `POST /` with a JSON body (already serialised when a string or a Buffer). */
export function post(port: number, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return send(port, {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/json', ...headers },
    body: payload,
  });
}

/** The GraphQL errors of a JSON answer (an empty list when it is not JSON or has none). */
export interface WireError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown };
}
export function parseJson(reply: Reply): { json: unknown; errors: WireError[] } {
  try {
    const json = JSON.parse(reply.text) as unknown;
    const errors = (json as { errors?: unknown } | null)?.errors;
    return { json, errors: Array.isArray(errors) ? (errors as WireError[]) : [] };
  } catch {
    return { json: undefined, errors: [] };
  }
}

/** What an answer must never contain: engine names and messages, file paths, stack traces. */
const LEAKS: readonly [string, RegExp][] = [
  ['the engine name Kùzu', /k[uù]zu/i],
  ['the engine name Neo4j', /neo4j/i],
  ['the query language Cypher', /cypher/i],
  ['a path under /work/', /\/work\//],
  ['node_modules', /node_modules/],
  ['a stack frame', /(^|\n|\\n|")\s{4}at /],
  ['an Error: stack line', /(^|\n|\\n|")[A-Za-z]*Error: /],
  ['a stacktrace field', /"stacktrace"/],
  ['a source position', /\.(ts|js|cjs|mjs):\d+(:\d+)?\b/],
  ['a Binder exception', /binder exception/i],
  ['a Parser exception', /parser exception/i],
  ['a Runtime exception', /runtime exception/i],
  ['a Catalog exception', /catalog exception/i],
];

/** Fails naming what leaked and where in `text`. */
export function expectNoLeak(text: string, what = 'the answer'): void {
  const found = LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name, pattern]) => {
    const at = pattern.exec(text)?.index ?? 0;
    return `${name} near ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 80))}`;
  });
  expect({ what, leaks: found }).toEqual({ what, leaks: [] });
}

/** True when `text` would trip `expectNoLeak` by itself (so generated inputs avoid echoing a leak). */
export const looksLikeLeak = (text: string): boolean => LEAKS.some(([, pattern]) => pattern.test(text));

export interface SafetyOptions {
  /** The request must be refused: a 4xx, or a GraphQL answer with errors. */
  readonly refused?: boolean;
  /** The server may close the connection instead of answering (oversized requests). */
  readonly mayClose?: boolean;
}

/**
 * The checks every hostile request's answer passes: never a 5xx; an answer
 * unless closing is allowed; every GraphQL error carries a code other than
 * `INTERNAL_SERVER_ERROR`; nothing leaks. Returns the errors for more checks.
 */
export function expectSafeReply(name: string, reply: Reply, options: SafetyOptions = {}): WireError[] {
  const { errors } = parseJson(reply);
  const answered = reply.status !== 0;
  expect({ name, answeredOrClosed: answered || options.mayClose === true, closed: reply.closed }).toMatchObject({
    name,
    answeredOrClosed: true,
  });
  expect({ name, status: reply.status, serverError: reply.status >= 500 }).toMatchObject({ name, serverError: false });
  const codes = errors.map((e) => e.extensions?.code);
  const badCodes = codes.filter((c) => typeof c !== 'string' || c === '' || c === 'INTERNAL_SERVER_ERROR');
  expect({ name, badCodes, codes }).toMatchObject({ name, badCodes: [] });
  if (options.refused && answered) {
    expect({ name, status: reply.status, refused: reply.status >= 400 || errors.length > 0 }).toMatchObject({
      name,
      refused: true,
    });
  }
  expectNoLeak(reply.text, name);
  return errors;
}

/** The server still answers `{ __typename }` with 200. */
export async function expectStillServing(port: number, after: string): Promise<void> {
  const reply = await post(port, { query: '{ __typename }' });
  const data = (parseJson(reply).json as { data?: unknown } | undefined)?.data;
  expect({ after, status: reply.status, data }).toEqual({ after, status: 200, data: { __typename: 'Query' } });
}

/** The lines of the server's output that report an unexpected error (at most 10, each cut to 300 characters). */
export const unexpectedErrorLines = (output: string): string[] =>
  output
    .split('\n')
    .filter((line) => /unexpected (HTTP )?error/i.test(line))
    .slice(0, 10)
    .map((line) => line.slice(0, 300));

/** Object keys sorted at every level, so equal graphs serialise equally. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, stable(v)]));
  }
  return value;
}

export interface GraphChecksum {
  readonly sha256: string;
  readonly elements: number;
  readonly nodeCount: number;
  readonly relationshipCount: number;
}

/** The whole graph (`GET /export/graph.cyjs`, elements sorted by id) hashed, with the counts of `graphStats`. */
export async function graphChecksum(port: number): Promise<GraphChecksum> {
  const file = await send(port, { path: '/export/graph.cyjs' });
  expect(file.status).toBe(200);
  const cyjs = JSON.parse(file.text) as { elements: { nodes: unknown[]; edges: unknown[] } };
  const idOf = (element: unknown): string => String((element as { data?: { id?: unknown } }).data?.id ?? '');
  const elements = [...cyjs.elements.nodes, ...cyjs.elements.edges].sort((a, b) => {
    const [x, y] = [idOf(a), idOf(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const sha256 = createHash('sha256')
    .update(JSON.stringify(stable(elements)))
    .digest('hex');
  const stats = await post(port, { query: '{ graphStats { nodeCount relationshipCount } }' });
  const { graphStats } = (JSON.parse(stats.text) as { data: { graphStats: Record<string, number> } }).data;
  return {
    sha256,
    elements: elements.length,
    nodeCount: Number(graphStats?.nodeCount),
    relationshipCount: Number(graphStats?.relationshipCount),
  };
}
