import {
  CityPageDocument,
  GraphStatsDocument,
  MeetingsByDateDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
} from '../../src/generated/operations';
import { GRAPH_MODEL } from '../../src/model';
import type { CityPageQuery, CityPageQueryVariables } from '../../src/generated/operations';
import { ENTITY_SPECS } from '../../src/specs';
import { sortOrders } from '../../src/graph/list-query';
import { startTestApi } from './support/api-server';
import type { ApiResponse, TestApi } from './support/api-server';

/** Top-level lists: every label's list and lookup, paging, filters and ordering. */
describe('lists and lookups', () => {
  let api: TestApi;
  let cityCount = 0;
  beforeAll(async () => {
    api = await startTestApi();
    const stats = await api.post<{ graphStats: { labels: { label: string; count: number }[] } }>(
      '{ graphStats { labels { label count } } }',
    );
    cityCount = stats.data?.graphStats.labels.find((l) => l.label === 'City')?.count ?? 0;
  });
  afterAll(() => api.close());

  async function allCities(variables: CityPageQueryVariables): Promise<CityPageQuery['cities'][]> {
    const pages: CityPageQuery['cities'][] = [];
    let after: string | null | undefined = null;
    do {
      const page: CityPageQuery['cities'] = (await api.run(CityPageDocument, { ...variables, after })).cities;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 50);
    return pages;
  }

  it.each(ENTITY_SPECS.map((s) => [s.plural, s.single, s.label]))(
    '%s lists every node and %s looks one up',
    async (plural, single, label) => {
      const list = await api.post<{ list: { totalCount: number; nodes: { id: string; __typename: string }[] } }>(
        `{ list: ${plural}(first: 100) { totalCount nodes { __typename id name } } }`,
      );
      expect(list.errors).toBeUndefined();
      const nodes = list.data?.list.nodes ?? [];
      expect(nodes.length).toBe(list.data?.list.totalCount);
      expect(nodes.length).toBeGreaterThan(0);
      expect(new Set(nodes.map((n) => n.__typename))).toEqual(new Set([label]));
      const one = await api.post<{ one: { id: string } | null }>(
        `query ($id: ID!) { one: ${single}(id: $id) { id } }`,
        { id: nodes[0]?.id },
      );
      expect(one.data?.one?.id).toBe(nodes[0]?.id);
    },
  );

  it('pages through a list without gaps or duplicates, in both directions of an order', async () => {
    for (const orderBy of ['NAME_ASC', 'NAME_DESC'] as const) {
      const pages = await allCities({ first: 4, orderBy });
      const names = pages.flatMap((p) => p.edges.map((e) => e.node.name));
      const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
      expect(cityCount).toBeGreaterThan(26);
      expect(pages[0]?.totalCount).toBe(cityCount);
      expect(new Set(ids).size).toBe(cityCount);
      expect(ids).toHaveLength(cityCount);
      const sorted = [...names].sort();
      expect(names).toEqual(orderBy === 'NAME_ASC' ? sorted : sorted.reverse());
      expect(pages[0]?.pageInfo.hasPreviousPage).toBe(false);
      expect(pages.slice(1).every((p) => p.pageInfo.hasPreviousPage)).toBe(true);
      expect(pages.at(-1)?.pageInfo.hasNextPage).toBe(false);
    }
  });

  it.each(
    ENTITY_SPECS.flatMap((spec) => sortOrders(spec).map((o) => [spec.plural, o.value.toUpperCase(), spec] as const)),
  )(
    '%s ordered by %s: pages of 2 walk the same list as one page, ties and missing keys included',
    async (plural, orderBy) => {
      type Page = { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      const query = `query ($first: Int, $after: String) {
      list: ${plural}(first: $first, after: $after, orderBy: ${orderBy}) { nodes { id } pageInfo { hasNextPage endCursor } }
    }`;
      const whole = await api.post<{ list: Page }>(query, { first: 100 });
      const expected = whole.data?.list.nodes.map((n) => n.id) ?? [];
      expect(whole.data?.list.pageInfo.hasNextPage).toBe(false);
      const walked: string[] = [];
      let after: string | null = null;
      for (let i = 0; i <= expected.length; i++) {
        const body: ApiResponse<{ list: Page }> = await api.post<{ list: Page }>(query, { first: 2, after });
        expect(body.errors).toBeUndefined();
        const page = body.data?.list as Page;
        walked.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        if (after === null) break;
      }
      expect(walked).toEqual(expected);
    },
  );

  it('returns an empty page with null cursors past the end, and honours first: 0', async () => {
    const [last] = (await allCities({ first: 100 })).slice(-1);
    const after = await api.run(CityPageDocument, { first: 5, after: last?.pageInfo.endCursor });
    expect(after.cities.edges).toEqual([]);
    expect(after.cities.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    const none = await api.run(CityPageDocument, { first: 0 });
    expect(none.cities.edges).toEqual([]);
    expect(none.cities.pageInfo.hasNextPage).toBe(true);
    expect(none.cities.totalCount).toBe(cityCount);
  });

  it('filters by member state, pilot flag and name or alias, and counts the filtered list', async () => {
    const pilots = await api.run(CityPageDocument, { first: 100, filter: { pilot: true } });
    expect(pilots.cities.totalCount).toBe(26);
    const indonesia = await api.run(CityPageDocument, { filter: { memberState: 'state:id' } });
    expect(indonesia.cities.edges.map((e) => e.node.name)).toEqual(['Banyuwangi', 'Jakarta', 'Makassar']);
    expect(indonesia.cities.totalCount).toBe(3);
    const byAlias = await api.run(CityPageDocument, { filter: { nameContains: 'dki' } });
    expect(byAlias.cities.edges.map((e) => e.node.id)).toEqual(['city:jakarta']);
    const none = await api.run(CityPageDocument, { filter: { nameContains: 'atlantis' } });
    expect(none.cities).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('orders by date with undated nodes last, and filters by date range at any precision', async () => {
    const asc = (await api.run(MeetingsByDateDocument, { orderBy: 'DATE_ASC' })).meetings.nodes;
    const desc = (await api.run(MeetingsByDateDocument, { orderBy: 'DATE_DESC' })).meetings.nodes;
    const dated = (list: typeof asc): string[] => list.flatMap((m) => (m.date == null ? [] : [m.date]));
    expect(dated(asc)).toEqual([...dated(asc)].sort());
    expect(dated(desc)).toEqual([...dated(asc)].reverse());
    for (const list of [asc, desc]) {
      const firstUndated = list.findIndex((m) => m.date == null);
      if (firstUndated >= 0) expect(list.slice(firstUndated).every((m) => m.date == null)).toBe(true);
    }
    const in2018 = await api.run(MeetingsByDateDocument, { filter: { dateFrom: '2018', dateTo: '2018' } });
    expect(in2018.meetings.nodes.length).toBeGreaterThan(0);
    expect(in2018.meetings.nodes.every((m) => m.date?.startsWith('2018'))).toBe(true);
    expect(in2018.meetings.nodes.map((m) => m.id)).toContain('meeting:ascn-inaugural-2018');
    const online = await api.run(MeetingsByDateDocument, { filter: { online: true } });
    expect(online.meetings.nodes.length).toBeGreaterThan(0);
    expect(online.meetings.nodes.every((m) => m.online === true)).toBe(true);
  });

  it('filters through multi-hop paths (officers of a member state)', async () => {
    const body = await api.post<{ officers: { totalCount: number; nodes: { name: string }[] } }>(
      '{ officers(filter: { memberState: "state:my" }) { totalCount nodes { name } } }',
    );
    // Malaysia's pilot cities: Johor Bahru, Kota Kinabalu (two officers), Kuala Lumpur, Kuching.
    expect(body.data?.officers.totalCount).toBe(5);
  });

  it('looks up any entity with node(id), with its type, provenance and type-specific fields', async () => {
    const { node } = await api.run(NodeByIdDocument, { id: 'city:jakarta' });
    expect(node).toMatchObject({ __typename: 'City', name: 'Jakarta', pilot: true, memberState: { id: 'state:id' } });
    expect(node?.aliases).toContain('DKI Jakarta');
    expect(node?.note).toEqual(expect.any(String));
    expect(node?.sources.map((s) => s.id)).toContain('source:ascn-article-csco-table');
    const { nodes } = await api.run(NodesByIdsDocument, { ids: ['org:jetro', 'summit:asean-34'] });
    expect(nodes.map((n) => n?.__typename)).toEqual(['Organization', 'Summit']);
  });

  it('counts every label and relationship type of the model in graphStats', async () => {
    const { graphStats } = await api.run(GraphStatsDocument);
    expect(graphStats.labels.map((l) => l.label).sort()).toEqual(Object.keys(GRAPH_MODEL.nodes).sort());
    expect(graphStats.relationshipTypes.map((t) => t.type).sort()).toEqual(
      Object.keys(GRAPH_MODEL.relationships).sort(),
    );
    expect(graphStats.nodeCount).toBe(graphStats.labels.reduce((n, l) => n + l.count, 0));
    expect(graphStats.labels.find((l) => l.label === 'MemberState')?.count).toBe(10);
    expect(graphStats.relationshipTypes.every((t) => t.description.length > 0)).toBe(true);
  });
});
