import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphDatabase } from '../../src/db';
import { silentLogger } from '../../src/logger';
import { startServer } from '../../src/server';
import { seededEngine } from '../support/seeded-database';
import { testConfig } from '../support/test-database';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/** Holds the country list back, so a request is in flight while the server stops. */
function slowCountries(db: GraphDatabase): GraphDatabase {
  return {
    ...db,
    engine: db.engine,
    read: async (query, params) => {
      if (query === 'nodes/country/list-by-name-asc') await new Promise((resolve) => setTimeout(resolve, 400));
      return db.read(query, params);
    },
  };
}

describe('HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({
      wrapDb: slowCountries,
      config: { http: { ...testConfig('kuzu').http, corsOrigins: ['*'] } },
    });
  });
  afterAll(() => api.close());

  it('serves the explorer page to browsers: its files from the server, the endpoint and the example queries', async () => {
    const res = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain(api.url);
    expect(html).toContain('Who is the Chief Smart City Officer of Cebu City');
    expect(html).toContain('<script type="application/json" id="example-queries">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")/);
    expect(html).not.toMatch(/<style|style="/);
    // The script tag hands over the style nonce of this response's policy; nothing inline is allowed otherwise.
    const policy = res.headers.get('content-security-policy') ?? '';
    const nonce = /nonce="([0-9a-f]{32})"/.exec(html)?.[1];
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    // A GET with a query is still GraphQL, whatever the accept header.
    const url = new URL(api.url);
    url.searchParams.set('query', '{ __typename }');
    const query = await fetch(url, { headers: { accept: 'text/html', 'apollo-require-preflight': 'true' } });
    expect(query.headers.get('content-type')).not.toContain('text/html');
  });

  it('serves the explorer bundle from dist/explorer with its media types and revalidation', async () => {
    const script = await fetch(new URL('explorer/explorer.js', api.url));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    const etag = script.headers.get('etag') as string;
    expect((await script.text()).length).toBeGreaterThan(1000);
    const again = await fetch(new URL('explorer/explorer.js', api.url), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const style = await fetch(new URL('explorer/explorer.css', api.url));
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await style.text()).match(/url\((?!data:)[^)]*\)/g) ?? []).toEqual([]);
    expect((await fetch(new URL('explorer/..%2Fpackage.json', api.url))).status).toBe(404);
    expect((await fetch(new URL('explorer/nothing.js', api.url))).status).toBe(404);
  });

  it('answers health checks and serves the schema', async () => {
    const health = await fetch(new URL('health', api.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', engine: seededEngine(), phase: 'ready' });
    const schema = await fetch(new URL('schema.graphql', api.url));
    expect(await schema.text()).toContain('type City implements Node');
  });

  it('keeps CSRF prevention on: GET queries need a preflight header', async () => {
    const url = new URL(api.url);
    url.searchParams.set('query', '{ graphStats { nodeCount } }');
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ data: { graphStats: { nodeCount: expect.any(Number) } } });
    const plain = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ graphStats { nodeCount } }',
    });
    expect(plain.status).toBe(400);
  });

  it('answers CORS preflights (CORS_ORIGINS=*), unknown paths and malformed bodies', async () => {
    const preflight = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://viz.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-query-stats');
    expect((await fetch(new URL('nothing-here', api.url))).status).toBe(404);
    const broken = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a request target it cannot parse (`//`) with 400 and keeps serving', async () => {
    const { port } = new URL(api.url);
    const status = await new Promise<number>((resolve, reject) => {
      // fetch normalises the path, so send the raw target `//` over http.request.
      const req = http.request({ host: '127.0.0.1', port: Number(port), path: '//', method: 'GET' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
    expect((await fetch(new URL('health', api.url))).status).toBe(200);
  });

  it('answers a Host header it cannot parse with 400, not an internal error', async () => {
    const { port } = new URL(api.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: Number(port),
          path: '/',
          method: 'GET',
          headers: { host: 'a b', accept: 'text/html' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(400);
  });

  it('fails to start with the cause when the port is taken', async () => {
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const config = { ...testConfig('kuzu'), host: '127.0.0.1', port };
    await expect(startServer({ db: api.db, config, logger: silentLogger })).rejects.toThrow(/EADDRINUSE/);
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('lets in-flight requests finish when it stops, then refuses new ones', async () => {
    const inFlight = api.post<{ countries: { totalCount: number } }>('{ countries { totalCount } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = api.stop();
    const body = await inFlight;
    expect(body.status).toBe(200);
    expect(body.data?.countries.totalCount).toBeGreaterThan(0);
    await stopped;
    await expect(fetch(api.url)).rejects.toThrow();
  });
});
