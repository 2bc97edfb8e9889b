import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess as start, waitForUrl } from '../support/server-process';
import type { ServerProcess as Started } from '../support/server-process';

/**
 * The built server as a newcomer runs it (`node dist/index.js`, which
 * `npm start` runs after building; `npm test` builds first): a fresh
 * database is created and seeded, the API answers over HTTP, SIGTERM stops
 * it cleanly, and bad configuration or a locked database stops start-up
 * with one clear line.
 */
describe('start-up of the built server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-e2e-'));
  const kuzuPath = path.join(dir, 'graph.kuzu');
  let server: Started | undefined;
  afterAll(async () => {
    if (server !== undefined && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates and seeds a fresh database, then answers a count query over HTTP', async () => {
    server = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    const url = await waitForUrl(server);
    expect(server.output()).toMatch(/The database is empty: loading \d+ seed files/);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { nodeCount labels { label count } } }' }),
    });
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

  it('stops cleanly on SIGTERM', async () => {
    const running = server as Started;
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('Stopped cleanly');
  });

  it('restarts on the existing database without seeding again', async () => {
    server = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    await waitForUrl(server);
    expect(server.output()).not.toMatch(/The database is empty/);
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty" is invalid: use an integer from 0 to 65535/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud" is invalid: use one of silent, error, warn, info, debug/],
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI="http:\/\/localhost:7474" is invalid/],
  ])('stops with one clear line on invalid configuration %p', async (env, message) => {
    const bad = start({ KUZU_PATH: kuzuPath, ...env });
    expect(await bad.exited).toBe(2);
    const lines = bad.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: /);
    expect(lines[0]).toMatch(message);
  });

  it('names the URI and the cause when Neo4j is unreachable', async () => {
    const bad = start({ NEO4J_URI: 'bolt://127.0.0.1:9', PORT: '0' });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/bolt:\/\/127\.0\.0\.1:9.*(ECONNREFUSED|unavailable)/i);
  });
});
