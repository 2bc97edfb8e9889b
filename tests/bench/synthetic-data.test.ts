import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { buildBenchDatabase } from '../../bench/data/build';
import { CITIES_PER_UNIT } from '../../bench/data/shape';
import { openDatabase } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { NestedMemberStatesDocument } from '../../src/generated/operations';
import { silentLogger } from '../../src/logger';
import { startServer } from '../../src/server';
import type { RunningServer } from '../../src/server';
import { q, testConfig } from '../support/test-database';

/**
 * The benchmark's synthetic graph (`npm run bench:data`) at a tiny scale on the real embedded engine, so that the
 * generator cannot rot silently: its counts and shape, search over it, and the API (batched and naive loaders)
 * answering on it. Nothing here is timed.
 */
describe('bench:data at scale 2', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-test-'));
  const config = { ...testConfig('kuzu'), kuzuPath: path.join(dir, 'graph.kuzu'), host: '127.0.0.1', port: 0 };
  let report: Awaited<ReturnType<typeof buildBenchDatabase>>;
  let db: GraphDatabase;

  beforeAll(async () => {
    report = await buildBenchDatabase(config, { scale: 2, replace: false });
    db = await openDatabase(config, { role: 'test' });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = async (text: string): Promise<number> => Number((await db.read(q(text)))[0]?.count);

  it('adds one unit of the seeds’ core shape beside the seeds, and reports it', async () => {
    expect(report.synthetic.nodes).toBeGreaterThan(50);
    expect(report.synthetic.relationships).toBeGreaterThan(100);
    expect(report.totals.nodes).toBe(await count('MATCH (n) WHERE n.id IS NOT NULL RETURN count(n) AS count'));
    expect(report.totals.relationships).toBe(await count('MATCH ()-[r]->() RETURN count(r) AS count'));
    expect(report.totals.nodes - report.synthetic.nodes).toBeGreaterThan(100); // the seeds are still there
    expect(report.seeds.statementsPerSecond).toBeGreaterThan(0);
    expect(report.databaseBytes).toBeGreaterThan(0);
    expect(await count("MATCH (c:City) WHERE c.id STARTS WITH 'city:syn-' RETURN count(c) AS count")).toBe(
      CITIES_PER_UNIT,
    );
    // Every synthetic city lies in a real member state and is served by at least one officer.
    expect(
      await count(
        "MATCH (c:City)-[:LOCATED_IN]->(s:MemberState) WHERE c.id STARTS WITH 'city:syn-' AND NOT s.id STARTS WITH 'state:syn' RETURN count(c) AS count",
      ),
    ).toBe(CITIES_PER_UNIT);
    expect(
      await count(
        "MATCH (c:City) WHERE c.id STARTS WITH 'city:syn-' AND NOT EXISTS { MATCH (c)<-[:SERVES]-(:Officer) } RETURN count(c) AS count",
      ),
    ).toBe(0);
  });

  it('gives every node and relationship sources, ids of the model’s form and search text', async () => {
    expect(
      await count('MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0 RETURN count(r) AS count'),
    ).toBe(0);
    expect(
      await count(
        'MATCH (n) WHERE n.id IS NOT NULL AND (n.sources IS NULL OR size(n.sources) = 0) RETURN count(n) AS count',
      ),
    ).toBe(0);
    // Every node has its search text, and on Kùzu its copy in the search table (the bulk load copies both).
    expect(Number((await db.read('graph/unsearchable'))[0]?.count)).toBe(0);
    const ids = (await db.read(q("MATCH (n) WHERE n.id CONTAINS ':syn-' RETURN n.id AS id"))).map((r) => String(r.id));
    expect(ids.length).toBe(report.synthetic.nodes);
    for (const id of ids) expect(id).toMatch(/^([a-z]+):([a-z0-9][a-z0-9._-]*)$/);
  });

  describe('the API on it', () => {
    const servers: RunningServer[] = [];
    afterAll(async () => {
      for (const server of servers) await server.stop();
    });
    const api = async (naiveLoaders: boolean): Promise<RunningServer> => {
      const server = await startServer({ db, config: { ...config, naiveLoaders }, logger: silentLogger });
      servers.push(server);
      return server;
    };
    const post = async (server: RunningServer, query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-query-stats': '1' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as {
        data?: Record<string, never>;
        errors?: unknown[];
        extensions?: { queryStats?: { roundTrips: number } };
      };
    };

    it('finds a synthetic city by search and answers the nested query the same with batched and naive loaders', async () => {
      const [city] = await db.read(
        q("MATCH (c:City) WHERE c.id STARTS WITH 'city:syn-' RETURN c.id AS id, c.name AS name ORDER BY id LIMIT 1"),
      );
      const batched = await api(false);
      const found = await post(batched, 'query($t: String!) { search(text: $t, first: 50) { nodes { id } } }', {
        t: String(city?.name),
      });
      expect(found.errors).toBeUndefined();
      expect(JSON.stringify(found.data)).toContain(String(city?.id));

      const nested = print(NestedMemberStatesDocument);
      const variables = { first: 10, cities: 20 };
      const a = await post(batched, nested, variables);
      const b = await post(await api(true), nested, variables);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
      expect(JSON.stringify(a.data)).toContain('city:syn-');
      // Naive loaders send one query per parent: many more round trips than the batched five.
      expect(a.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual(5);
      expect(b.extensions?.queryStats?.roundTrips).toBeGreaterThan(20);
    });
  });
});
