import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startServerProcess as start,
  stopAllServers,
  waitForListening,
  waitForOutput,
  waitForUrl,
} from '../support/server-process';
import type { ServerProcess as Started } from '../support/server-process';
import { closedPort } from '../support/ports';

const graphql = (url: string, query: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

/**
 * The built server as a newcomer runs it (`node dist/index.js`, which
 * `npm start` runs after building; `npm test` builds first): a fresh
 * database is created and seeded, the API answers over HTTP, SIGTERM stops
 * it cleanly, and bad configuration or a locked database stops start-up
 * with one clear line. The environment is pinned (tests/support/server-process.ts).
 */
describe('start-up of the built server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-'));
  const kuzuPath = path.join(dir, 'graph.kuzu');
  let server: Started | undefined;
  afterAll(async () => {
    await stopAllServers();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates and seeds a fresh database, not ready until seeded, then answers over HTTP', async () => {
    server = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    const listening = await waitForListening(server);
    const early = await fetch(new URL('/ready', listening));
    // Seeding takes seconds; the server listens first and says it is not ready until the graph is there.
    if (early.status === 503) expect(await early.json()).toMatchObject({ status: 'unavailable' });
    else expect(server.output()).toMatch(/Seeding done/);
    const url = await waitForUrl(server);
    expect(server.output()).toMatch(/The database is empty: loading \d+ seed files/);
    expect((await fetch(new URL('/ready', url))).status).toBe(200);
    const response = await graphql(url, '{ graphStats { nodeCount labels { label count } } }');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { graphStats: { nodeCount: number; labels: { label: string; count: number }[] } };
    };
    expect(body.data.graphStats.nodeCount).toBeGreaterThan(100);
    const counts = Object.fromEntries(body.data.graphStats.labels.map((n) => [n.label, n.count]));
    expect(counts.MemberState).toBe(10);
    expect(counts.City).toBeGreaterThanOrEqual(26);
  });

  it('refuses a second process on the same database, naming the path', async () => {
    const second = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(kuzuPath);
    expect(second.output()).toMatch(/in use by server \(pid \d+/);
  });

  it('stops cleanly on SIGTERM, closing the database (its holder file is gone)', async () => {
    const running = server as Started;
    expect(fs.existsSync(`${kuzuPath}.holder.json`)).toBe(true);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('Stopped cleanly');
    expect(fs.existsSync(`${kuzuPath}.holder.json`)).toBe(false);
  });

  it('restarts on the existing database without seeding again, and in production lets an in-flight request finish on SIGTERM', async () => {
    server = start({ KUZU_PATH: kuzuPath, PORT: '0', NODE_ENV: 'production' });
    const url = await waitForUrl(server);
    expect(server.output()).not.toMatch(/The database is empty/);
    const inFlight = fetch(new URL('/export/graph.gexf', url));
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.child.kill('SIGINT');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<gexf');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('Stopped cleanly');
    expect(fs.existsSync(`${kuzuPath}.holder.json`)).toBe(false);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty" is invalid: use an integer from 0 to 65535/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud" is invalid: use one of silent, error, warn, info, debug/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI="http:\/\/localhost:7474" is invalid/],
    [{ CORS_ORIGINS: 'https://a.example/path' }, /CORS_ORIGINS=.* is not an origin/],
  ])('stops with one clear line on invalid configuration %p', async (env, message) => {
    const bad = start({ KUZU_PATH: kuzuPath, ...env });
    expect(await bad.exited).toBe(2);
    const lines = bad.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: /);
    expect(lines[0]).toMatch(message);
  });

  it.each(['test', 'production'])(
    'waits for an unreachable Neo4j (NODE_ENV=%s): not ready, GraphQL answers DATABASE_UNAVAILABLE, SIGTERM exits 0',
    async (nodeEnv) => {
      const uri = `bolt://127.0.0.1:${await closedPort()}`;
      const waiting = start({ GRAPH_ENGINE: 'neo4j', NEO4J_URI: uri, PORT: '0', NODE_ENV: nodeEnv });
      const url = await waitForListening(waiting);
      await waitForOutput(waiting, /Waiting for the database at bolt:\/\/127\.0\.0\.1:\d+ .*ECONNREFUSED/);
      const health = await fetch(new URL('/health', url));
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', engine: 'neo4j', phase: 'waiting-for-database' });
      const ready = await fetch(new URL('/ready', url));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', reason: expect.stringContaining(uri) });
      const query = await graphql(url, '{ graphStats { nodeCount } }');
      expect(query.status).toBe(503);
      const body = (await query.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
      waiting.child.kill('SIGTERM');
      expect(await waiting.exited).toBe(0);
      expect(waiting.output()).toContain('Stopped cleanly');
    },
  );
});
