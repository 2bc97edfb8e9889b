import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServerProcess as start, stopAllServers, waitForOutput, waitForUrl } from '../support/server-process';
import type { ServerProcess } from '../support/server-process';

interface Answer {
  data?: Record<string, unknown>;
  errors?: unknown[];
}

async function ask(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer;
}

/** A checksum of the whole graph: every node and relationship with its properties, as the export writes them. */
async function checksum(url: string): Promise<string> {
  const text = await (await fetch(new URL('/export/graph.cyjs', url))).text();
  return createHash('sha256').update(text).digest('hex');
}

/** What a restarted server must serve: the whole graph, its search working. */
async function expectComplete(url: string): Promise<string> {
  const stats = await ask(url, '{ graphStats { nodeCount relationshipCount } }');
  expect(stats.data).toEqual({ graphStats: { nodeCount: 194, relationshipCount: 377 } });
  const hits = await ask(url, '{ search(text: "hanoi") { totalCount } }');
  expect((hits.data?.search as { totalCount: number }).totalCount).toBeGreaterThan(0);
  return checksum(url);
}

async function stop(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

/**
 * What an operator meets when things go wrong: a process killed while it
 * seeds a fresh database, and several server processes sharing one seeded
 * embedded database read-only (the way to run more than one instance on the
 * embedded engine; on Neo4j every instance talks to the same server).
 */
describe('resilience of the built server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-resilience-'));
  let reference = '';
  afterAll(async () => {
    await stopAllServers();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves the complete graph after a clean first start (the reference checksum)', async () => {
    const server = start({ KUZU_PATH: path.join(dir, 'clean.kuzu'), PORT: '0' });
    reference = await expectComplete(await waitForUrl(server));
    await stop(server);
  });

  it.each([
    ['while it seeds', /The database is empty: loading/, 300],
    ['right after seeding, while it writes the search text', /Seeding done/, 0],
  ])('completes the graph on the next start after a process killed %s', async (_when, marker, delayMs) => {
    const kuzuPath = path.join(dir, `killed-${delayMs}.kuzu`);
    const first = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    await waitForOutput(first, marker);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    first.child.kill('SIGKILL');
    await first.exited;
    const second = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    const url = await waitForUrl(second);
    expect(await expectComplete(url)).toBe(reference);
    await stop(second);
  });

  it('runs two read-only servers side by side on one seeded database, with the same answers and shared cursors', async () => {
    const kuzuPath = path.join(dir, 'clean.kuzu');
    const env = { KUZU_PATH: kuzuPath, PORT: '0', KUZU_READ_ONLY: 'true' };
    const [a, b] = [start(env), start(env)];
    const [urlA, urlB] = await Promise.all([waitForUrl(a as ServerProcess), waitForUrl(b as ServerProcess)]);
    expect(a?.output()).toContain('read-only');
    for (const url of [urlA, urlB]) expect((await fetch(new URL('/ready', url))).status).toBe(200);
    const page = 'query ($after: String) { cities(first: 5, after: $after) { nodes { id } pageInfo { endCursor } } }';
    const firstA = await ask(urlA, page);
    expect(firstA).toEqual(await ask(urlB, page));
    // Cursors carry their position, not server state: a page fetched from one instance continues on the other.
    const cursor = (firstA.data?.cities as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const nextB = await ask(urlB, page, { after: cursor });
    expect(nextB).toEqual(await ask(urlA, page, { after: cursor }));
    expect((nextB.data?.cities as { nodes: unknown[] }).nodes).toHaveLength(5);
    expect(await checksum(urlA)).toBe(reference);
    expect(await checksum(urlB)).toBe(reference);
    const writer = start({ KUZU_PATH: kuzuPath, PORT: '0' });
    expect(await writer.exited).toBe(1);
    expect(writer.output()).toContain(kuzuPath);
    await Promise.all([stop(a as ServerProcess), stop(b as ServerProcess)]);
  });

  it('refuses to open read-only a database that was never seeded, saying what to do', async () => {
    const missing = start({ KUZU_PATH: path.join(dir, 'never.kuzu'), PORT: '0', KUZU_READ_ONLY: 'true' });
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toMatch(/no embedded database at .*never\.kuzu.*npm run seed/);
  });
});
