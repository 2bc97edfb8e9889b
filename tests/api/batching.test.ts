import { NestedMemberStatesDocument } from '../../src/generated/operations';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

const STATS = { 'x-query-stats': '1' };

/**
 * Round trips are bounded by the nesting depth, not by the number of
 * results: member states → cities → officers → sources of every node and
 * edge is one query per level plus one for all sources. A relationship
 * list's `totalCount` adds one query for its level only when some list there
 * is longer than its page (otherwise the page tells the total). The read
 * cache is off here: these are the statements the engine would be sent.
 */
describe('batching', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ database: { readCacheMb: 0 } });
  });
  afterAll(() => api.close());

  it('answers member states → cities → officers → sources in depth + 1 round trips, with correct data', async () => {
    const body = await api.post(NestedMemberStatesDocument, { first: 10 }, STATS);
    expect(body.errors).toBeUndefined();
    const states = body.data?.memberStates.edges.map((e) => e.node) ?? [];
    expect(states).toHaveLength(10);
    const cities = states.flatMap((s) => s.cities.edges);
    const officers = cities.flatMap((c) => c.node.officers.edges);
    expect(cities).toHaveLength(26);
    expect(officers).toHaveLength(28);
    for (const item of [
      ...states,
      ...cities,
      ...cities.map((c) => c.node),
      ...officers,
      ...officers.map((o) => o.node),
    ]) {
      expect(item.sources.length).toBeGreaterThan(0);
    }
    const davao = cities.find((c) => c.node.id === 'city:davao-city');
    expect(davao?.node.officers.edges.map((e) => e.position)).toEqual([1, 2]);

    // depth 4 (member states, cities, officers, sources) → at most 5 round trips; totalCount is the fifth.
    const stats = body.extensions?.queryStats;
    expect(stats?.roundTrips).toBeLessThanOrEqual(5);
    // The count and the first relationship batch run concurrently: compare as a set.
    expect([...(stats?.queries ?? [])].sort()).toEqual([
      'nodes/member-state/count',
      'nodes/member-state/list-by-name-asc',
      'nodes/source/by-ids',
      'relations/located-in/member-state-in-city-page',
      'relations/serves/city-in-officer-page',
    ]);
    expect(stats?.dbTimeMs).toBeGreaterThan(0);
  });

  it('makes the same number of round trips for fewer results', async () => {
    const body = await api.post(NestedMemberStatesDocument, { first: 2 }, STATS);
    expect(body.data?.memberStates.edges).toHaveLength(2);
    expect(body.extensions?.queryStats?.roundTrips).toBe(5);
  });

  it('adds one round trip per extra level', async () => {
    const query = `{ memberStates(first: 10) { nodes { cities(first: 5) { nodes { officers(first: 3) { nodes { roles(first: 2) { nodes { holders { totalCount } } } } } } } } } }`;
    const body = await api.post(query, {}, STATS);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.queryStats?.queries).toEqual([
      'nodes/member-state/list-by-name-asc',
      'relations/located-in/member-state-in-city-page',
      'relations/serves/city-in-officer-page',
      'relations/holds-role/officer-out-role-page',
      'relations/holds-role/role-in-officer-page',
      // The Chief Smart City Officer role has more holders than a page of 20: its total is counted in the engine.
      'relations/holds-role/role-in-officer-count',
    ]);
  });

  it('keeps round trips bounded by the query shape when a level has several fields and types', async () => {
    // Several relationship fields on one level, and a level of mixed types (the `nodes(ids)` lookup):
    // one round trip per distinct field or label, whatever the number of results.
    const query = (first: number): string => `{
      cities(first: ${first}) { nodes { memberState { id } officers { nodes { id } } memberOf { nodes { id } } meetings { nodes { id } } } }
      nodes(ids: ["city:hanoi", "state:vn", "org:jetro", "person:pham-hong-ha"]) { id sources { id } }
    }`;
    const few = await api.post(query(3), {}, STATS);
    const many = await api.post(query(27), {}, STATS);
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const queries = (body: typeof few): string[] => [...(body.extensions?.queryStats?.queries ?? [])].sort();
    expect(queries(many)).toEqual(queries(few));
    // 1 list + 4 relationship fields + 4 labels looked up by id + 1 for all sources
    expect(many.extensions?.queryStats?.roundTrips).toBe(10);
  });

  it('reports statistics only when asked', async () => {
    const body = await api.post('{ memberStates { nodes { id } } }');
    expect(body.extensions?.queryStats).toBeUndefined();
  });
});
