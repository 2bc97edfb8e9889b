import { NestedMemberStatesDocument } from '../../src/generated/operations';
import { forwardingDatabase, wrapWithScopes } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { cachedReads } from '../../src/db/read-cache';
import { servedFromCache } from '../../src/db/served-from-cache';
import { openSeededDatabase } from '../support/seeded-database';
import { q } from '../support/test-database';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

const STATS = { 'x-query-stats': '1' };
const CITY = q('MATCH (n:City {id: $id}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases', 'test/city');
const CITY_COUNT = q('MATCH (n:City) RETURN count(n) AS count', 'test/city-count');
const ADD_CITY = q("CREATE (:City {id: 'city:cache-test', name: 'Cache Test', aliases: [], sources: []})", 'test/add');
const DROP_CITY = q("MATCH (n:City {id: 'city:cache-test'}) DELETE n", 'test/drop');

/** The same database, its reads held until `release()` (to finish a read after a write has run). */
function gated(db: GraphDatabase): { db: GraphDatabase; release: () => void } {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const wrapped = wrapWithScopes(db, (inner) => ({
    ...forwardingDatabase(inner),
    read: async (query, params, options) => {
      const rows = await inner.read(query, params, options);
      await gate;
      return rows;
    },
  }));
  return { db: wrapped, release };
}

describe('the read cache, over the seeded embedded graph', () => {
  let raw: GraphDatabase;
  beforeAll(async () => {
    raw = await openSeededDatabase({ readCacheMb: 0 });
  });
  afterAll(() => raw.close());
  const cached = (options = { maxBytes: 2 ** 20, maxRows: 100 }): GraphDatabase => cachedReads(raw, options);

  it('answers a repeated read from the cache with the same rows, frozen against changes', async () => {
    const db = cached();
    const first = await db.read(CITY, { id: 'city:hanoi' });
    const second = await db.read(CITY, { id: 'city:hanoi' });
    expect(servedFromCache(first)).toBe(false);
    expect(servedFromCache(second)).toBe(true);
    expect(second).toEqual(first);
    expect(second[0]?.name).toBe('Hanoi');
    expect(() => {
      (second[0] as Record<string, unknown>).name = 'changed';
    }).toThrow(TypeError);
    // Other parameters are another read.
    const other = await db.read(CITY, { id: 'city:jakarta' });
    expect(servedFromCache(other)).toBe(false);
    expect(other[0]?.name).toBe('Jakarta');
  });

  it('forgets everything on a write, a script and a dry run', async () => {
    const db = cached();
    const before = Number((await db.read(CITY_COUNT))[0]?.count);
    expect(servedFromCache(await db.read(CITY_COUNT))).toBe(true);
    await db.write(ADD_CITY);
    try {
      const after = await db.read(CITY_COUNT);
      expect(servedFromCache(after)).toBe(false);
      expect(Number(after[0]?.count)).toBe(before + 1);
    } finally {
      await db.write(DROP_CITY);
    }
    expect(Number((await db.read(CITY_COUNT))[0]?.count)).toBe(before);
    await db.runScript([[{ text: "MATCH (n:City {id: 'city:hanoi'}) SET n.note = n.note", line: 1 }]], {
      dryRun: true,
    });
    expect(servedFromCache(await db.read(CITY_COUNT))).toBe(false);
  });

  it('does not keep an answer read while a write was under way', async () => {
    const slow = gated(raw);
    const db = cachedReads(slow.db, { maxBytes: 2 ** 20, maxRows: 100 });
    const pending = db.read(CITY_COUNT);
    await db.write(ADD_CITY);
    await db.write(DROP_CITY);
    slow.release();
    await pending;
    expect(servedFromCache(await db.read(CITY_COUNT))).toBe(false);
    expect(servedFromCache(await db.read(CITY_COUNT))).toBe(true);
  });

  it('keeps no failed read, no answer over its row bound, and nothing past its byte budget', async () => {
    const db = cached({ maxBytes: 4096, maxRows: 5 });
    const broken = q('MATCH (n:City) RETURN n.nope AS nope', 'test/broken');
    await expect(db.read(broken)).rejects.toThrow();
    await expect(db.read(broken)).rejects.toThrow();
    const many = q('MATCH (n:City) RETURN n.id AS id ORDER BY id', 'test/cities');
    expect((await db.read(many)).length).toBeGreaterThan(5);
    expect(servedFromCache(await db.read(many))).toBe(false);
    // Each answer is about 80 bytes: 60 of them do not fit in 4 KiB, so the first ones are evicted.
    const ids = (await raw.read(many)).map((row) => String(row.id));
    for (const id of ids) await db.read(CITY, { id });
    for (const id of ids) await db.read(CITY, { id: `${id}-x` });
    expect(servedFromCache(await db.read(CITY, { id: ids[0] as string }))).toBe(false);
  });

  it('serves a read scope from the same cache', async () => {
    const db = cached();
    await db.read(CITY, { id: 'city:manila' });
    const scope = db.readScope(Date.now() + 10_000);
    try {
      expect(servedFromCache(await scope.read(CITY, { id: 'city:manila' }))).toBe(true);
    } finally {
      await scope.end();
    }
  });
});

describe('the read cache, through the API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers a repeated request without a round trip, with the same data', async () => {
    const first = await api.post(NestedMemberStatesDocument, { first: 3 }, STATS);
    const second = await api.post(NestedMemberStatesDocument, { first: 3 }, STATS);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(first.extensions?.queryStats?.roundTrips).toBeGreaterThan(0);
    expect(second.extensions?.queryStats).toMatchObject({ roundTrips: 0, queries: [] });
    expect(second.extensions?.queryStats?.cacheHits).toBe(
      (first.extensions?.queryStats?.roundTrips ?? 0) + (first.extensions?.queryStats?.cacheHits ?? 0),
    );
  });
});
