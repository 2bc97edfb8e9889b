import net from 'node:net';
import { gunzipSync } from 'node:zlib';
import { Readiness } from '../../src/readiness';
import type { GraphDatabase } from '../../src/db';
import type { Logger } from '../../src/logger';
import { testConfig } from '../support/test-database';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

const http = (overrides: Partial<ReturnType<typeof testConfig>['http']>) => ({
  http: { ...testConfig('kuzu').http, ...overrides },
});

/** Every line a test logger received, as one JSON object each. */
function capturingLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const at =
    (level: string) =>
    (message: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, message, ...fields });
  return { logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') }, lines };
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the HTTP edge', () => {
  let api: TestApi;
  const { logger, lines } = capturingLogger();
  beforeAll(async () => {
    api = await startTestApi({
      logger,
      config: http({ corsOrigins: ['https://viz.example.org', 'http://localhost:5173'], bodyLimitBytes: 10_000 }),
    });
  });
  afterAll(() => api.close());

  it.each([
    ['GET /health', () => fetch(new URL('/health', api.url))],
    ['GET /schema.graphql', () => fetch(new URL('/schema.graphql', api.url))],
    ['GET /nothing', () => fetch(new URL('/nothing', api.url))],
    ['POST / with broken JSON', () => post(api.url, '{"query": ')],
    ['POST / with a query', () => post(api.url, JSON.stringify({ query: '{ __typename }' }))],
    [
      'OPTIONS / (preflight)',
      () => fetch(api.url, { method: 'OPTIONS', headers: preflight('https://viz.example.org') }),
    ],
    ['GET / for a browser', () => fetch(api.url, { headers: { accept: 'text/html' } })],
  ])('%s carries a request id and the security headers', async (_name, send) => {
    const res = await send();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('keeps a plain request id the client sent, and puts it into error bodies', async () => {
    const res = await post(api.url, '{"query": ', { 'x-request-id': 'trace-42.a_b' });
    expect(res.headers.get('x-request-id')).toBe('trace-42.a_b');
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', requestId: 'trace-42.a_b' } }],
    });
    const odd = await post(api.url, '{"query": ', { 'x-request-id': 'has spaces and <tags>' });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows the configured origins only, with Vary: Origin', async () => {
    const allowed = await fetch(api.url, { method: 'OPTIONS', headers: preflight('https://viz.example.org') });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://viz.example.org');
    expect(allowed.headers.get('vary')).toMatch(/origin/i);
    const other = await fetch(api.url, { method: 'OPTIONS', headers: preflight('https://evil.example') });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const read = await post(api.url, JSON.stringify({ query: '{ __typename }' }), { origin: 'http://localhost:5173' });
    expect(read.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(read.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413, another content type with 415, and batches with 400', async () => {
    const big = await post(
      api.url,
      JSON.stringify({ query: `{ search(text: "${'x'.repeat(20_000)}") { totalCount } }` }),
    );
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const xml = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<q/>' });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    const batch = await post(api.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
  });

  it('compresses large responses for clients that accept it', async () => {
    const res = await fetch(new URL('/schema.graphql', api.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body itself; the text must be the schema either way.
    expect(await res.text()).toContain('type City implements Node');
    const raw = await rawGet(new URL('/schema.graphql', api.url), { 'accept-encoding': 'gzip' });
    expect(gunzipSync(raw).toString('utf8')).toContain('type City implements Node');
  });

  it('serves Prometheus metrics: requests by operation and outcome, errors by code, queries by name, pool and process', async () => {
    await post(api.url, JSON.stringify({ query: 'query CebuOfficer { city(id: "city:cebu-city") { name } }' }));
    await post(
      api.url,
      JSON.stringify({ query: 'query Wrong { city(id: 1, extra: 2) { name } }', operationName: 'Wrong' }),
    );
    const res = await fetch(new URL('/metrics', api.url));
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/kg_graphql_requests_total\{operation="CebuOfficer",outcome="success"\} 1/);
    expect(text).toMatch(/kg_graphql_requests_total\{operation="\(invalid\)",outcome="client_error"\} [1-9]/);
    expect(text).not.toMatch(/operation="Wrong"/);
    expect(text).toMatch(
      /kg_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="CebuOfficer",outcome="success"\}/,
    );
    expect(text).toMatch(/kg_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/kg_db_query_duration_seconds_count\{query="nodes\/city\/by-ids",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/kg_db_pool_connections\{state="size"\} [1-9]/);
    expect(text).toMatch(/kg_db_pool_waiting 0/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    expect(text).toMatch(/kg_http_responses_total\{route="\/",method="POST",status="200"\} [1-9]/);
  });

  it('logs one line per request with its id, operation, outcome, duration and round trips, never its variables', async () => {
    const secret = 'do-not-log-this-7f3a';
    const res = await post(
      api.url,
      JSON.stringify({
        query: 'query Lookup($id: ID!) { city(id: $id) { name officers { totalCount } } }',
        variables: { id: `city:${secret}` },
      }),
    );
    const id = res.headers.get('x-request-id');
    await res.json();
    const line = lines.find((l) => l.requestId === id);
    expect(line).toMatchObject({
      level: 'info',
      method: 'POST',
      route: '/',
      status: 200,
      operationName: 'Lookup',
      outcome: 'success',
      roundTrips: expect.any(Number),
      durationMs: expect.any(Number),
    });
    expect(JSON.stringify(lines)).not.toContain(secret);
  });
});

describe('rate limit (RATE_LIMIT_MAX)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: http({ rateLimitMax: 3, rateLimitWindowMs: 60_000 }) });
  });
  afterAll(() => api.close());

  it('answers the request over the limit with 429 RATE_LIMITED, and never limits the probes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await post(api.url, JSON.stringify({ query: '{ __typename }' }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await post(api.url, JSON.stringify({ query: '{ __typename }' }));
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect(await limited.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    for (let i = 0; i < 5; i += 1) expect((await fetch(new URL('/health', api.url))).status).toBe(200);
  });
});

describe('rate limit behind a load balancer (TRUST_PROXY=1)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: http({ rateLimitMax: 3, rateLimitWindowMs: 60_000, trustProxy: 1 }) });
  });
  afterAll(() => api.close());

  it('counts by the address the balancer saw, whatever the client wrote before it in X-Forwarded-For', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      // The client invents the first entry; the balancer (here: the test) appends the address it saw.
      const headers = { 'x-forwarded-for': `10.0.0.${i}, 192.0.2.7` };
      statuses.push((await post(api.url, JSON.stringify({ query: '{ __typename }' }), headers)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const other = await post(api.url, JSON.stringify({ query: '{ __typename }' }), { 'x-forwarded-for': '192.0.2.8' });
    expect(other.status).toBe(200);
  });
});

describe('readiness and the time budget', () => {
  const readiness = new Readiness();
  let api: TestApi;
  /** Holds the city list back longer than the request's budget. */
  const slowCities = (db: GraphDatabase): GraphDatabase => ({
    ...db,
    read: async (query, params, options) => {
      if (query === 'nodes/city/list-by-name-asc') await new Promise((resolve) => setTimeout(resolve, 3000));
      return db.read(query, params, options);
    },
  });
  beforeAll(async () => {
    readiness.set('seeding', 'seeding 11 files');
    // A budget well above what a query takes on a loaded machine, and a list held back well beyond it.
    api = await startTestApi({ readiness, wrapDb: slowCities, config: { requestBudgetMs: 1000 } });
  });
  afterAll(() => api.close());

  it('refuses queries with 503 DATABASE_UNAVAILABLE and /ready with 503 until ready, then serves', async () => {
    const early = await api.post('{ graphStats { nodeCount } }');
    expect(early.status).toBe(503);
    expect(early.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(early.errors?.[0]?.message).toContain('seeding');
    const notReady = await fetch(new URL('/ready', api.url));
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ status: 'unavailable', phase: 'seeding' });
    expect((await fetch(new URL('/health', api.url))).status).toBe(200);
    const exported = await fetch(new URL('/export/graph.cyjs', api.url));
    expect(exported.status).toBe(503);
    expect(await exported.json()).toMatchObject({ errors: [{ extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
    readiness.set('ready', 'ready');
    expect((await fetch(new URL('/ready', api.url))).status).toBe(200);
    expect((await api.post('{ graphStats { nodeCount } }')).data).toMatchObject({ graphStats: { nodeCount: 194 } });
  });

  it('counts the nodes the way start-up does to decide whether to seed (admin/count-nodes)', async () => {
    expect(await api.db.read('admin/count-nodes')).toEqual([{ count: 194 }]);
  });

  it('ends a request that outruns REQUEST_BUDGET_MS with TIMEOUT, and serves the next one', async () => {
    readiness.set('ready', 'ready');
    const started = Date.now();
    const slow = await api.post('{ cities(first: 3) { nodes { id } } }');
    expect(Date.now() - started).toBeLessThan(2900);
    expect(slow.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
    expect((await api.post('{ city(id: "city:hanoi") { name } }')).data).toEqual({ city: { name: 'Hanoi' } });
  });
});

describe('slow clients (HTTP_REQUEST_TIMEOUT_MS)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ config: http({ requestTimeoutMs: 500 }) });
  });
  afterAll(() => api.close());

  it('cuts off a client that sends its body too slowly, and keeps serving others', async () => {
    const { port } = new URL(api.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    const opened = Date.now();
    socket.write(
      'POST / HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{',
    );
    const drip = setInterval(() => socket.write(' '), 100);
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(Date.now() - opened));
      socket.on('error', () => undefined);
    });
    clearInterval(drip);
    expect(closedAfter).toBeLessThan(5000);
    expect((await api.post('{ __typename }')).status).toBe(200);
  });
});

function preflight(origin: string): Record<string, string> {
  return { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' };
}

/** A GET whose body is returned as sent (fetch would decode it). */
function rawGet(url: URL, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const head = Object.entries({ host: url.host, connection: 'close', ...headers })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`GET ${url.pathname} HTTP/1.1\r\n${head}\r\n`);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      resolve(dechunk(all.subarray(split + 4)));
    });
  });
}

/** The body of a `transfer-encoding: chunked` response. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const end = body.indexOf('\r\n', at);
    const size = parseInt(body.subarray(at, end).toString('ascii'), 16);
    if (!(size > 0)) break;
    parts.push(body.subarray(end + 2, end + 2 + size));
    at = end + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
