import { ensureSearchText, fold, queryTerms, refreshSearchText, searchTextOf } from '../../src/graph/search-text';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

type Hit = { score: number; node: { id: string }; matched: { field: string; value: string }[] };
type SearchView = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Hit[] };

/** `search` on the seeded graph: spelling variants, acronyms, designations, partial words, hostile text. */
describe('search', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const search = async (text: string, extra = ''): Promise<{ data?: SearchView; code?: string }> => {
    const body = await api.post<{ search: SearchView }>(
      `query ($t: String!, $after: String) { search(text: $t, after: $after${extra}) { totalCount pageInfo { hasNextPage endCursor } edges { score node { id } matched { field value } } } }`,
      { t: text },
      { 'x-query-stats': '1' },
    );
    return { data: body.data?.search, code: body.errors?.[0]?.extensions?.code };
  };

  it.each([
    ['hcmc', 'city:ho-chi-minh-city', 'aliases'],
    ['Ho Chi Minh', 'city:ho-chi-minh-city', 'name'],
    ['minh chi ho', 'city:ho-chi-minh-city', 'name'],
    ['saigon', 'city:ho-chi-minh-city', 'aliases'],
    ['jetro', 'org:jetro', 'aliases'],
    ['Japan External Trade', 'org:jetro', 'name'],
    ['nay pyi taw', 'city:naypyidaw', 'aliases'],
    ['Naypyidaw', 'city:naypyidaw', 'name'],
    ['Hà Nội', 'city:hanoi', 'aliases'],
    ['HA NOI', 'city:hanoi', 'aliases'],
    ['bangk', 'city:bangkok', 'name'],
    ['city administrator', 'officer:nigel-paul-c-villarete', 'designation'],
    ['ascn', 'network:ascn', 'aliases'],
  ])('finds %s: %s first, matched in %s', async (text, id, field) => {
    const { data, code } = await search(text);
    expect(code).toBeUndefined();
    expect(data?.edges[0]?.node.id).toBe(id);
    expect(data?.edges[0]?.matched.map((m) => m.field)).toContain(field);
    expect(data?.edges.map((e) => e.score)).toEqual([...(data?.edges.map((e) => e.score) ?? [])].sort((a, b) => b - a));
  });

  it.each([
    ['quotes and backslashes', 'a "quoted" \\ back\\slash \'single\''],
    ['query syntax', '*~:^[](){}<>!?+-&&||/ AND OR NOT'],
    ['only punctuation', '!!! ??? ***'],
    ['emoji and scripts', '🏙️ ភ្នំពេញ 東京'],
    ['ten thousand characters', 'x'.repeat(10_000)],
    ['SQL and Cypher', "x') RETURN n //; MATCH (n) DETACH DELETE n"],
  ])('answers %s with results or BAD_USER_INPUT, never an engine error', async (_what, text) => {
    const { data, code } = await search(text);
    if (code !== undefined) expect(code).toBe('BAD_USER_INPUT');
    else expect(data?.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('pages through the hits with cursors of this search only, and filters by label', async () => {
    const first = await search('city', ', first: 5');
    expect(first.data?.edges).toHaveLength(5);
    expect(first.data?.pageInfo.hasNextPage).toBe(true);
    const body = await api.post<{ search: SearchView }>(
      'query ($after: String) { search(text: "city", first: 5, after: $after) { edges { node { id } } } }',
      { after: first.data?.pageInfo.endCursor },
    );
    const second = body.data?.search.edges.map((e) => e.node.id) ?? [];
    expect(second).toHaveLength(5);
    expect(second.some((id) => first.data?.edges.some((e) => e.node.id === id))).toBe(false);
    const other = await api.post('query ($after: String) { search(text: "summit", after: $after) { totalCount } }', {
      after: first.data?.pageInfo.endCursor,
    });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const cities = await search('bangkok', ', labels: [City]');
    expect(cities.data?.edges.every((e) => e.node.id.startsWith('city:'))).toBe(true);
    expect(cities.data?.totalCount).toBe(1);
  });

  it('writes the search text of nodes that lack it, and only then', async () => {
    expect(await ensureSearchText(api.db)).toBe(0);
    await api.db.write({ name: 'test', text: "MATCH (c:City) WHERE c.id = 'city:bangkok' SET c.search = NULL" });
    if (api.db.engine === 'kuzu') {
      // Kùzu searches copies of the text in a table of its own: a node without text has no copy either.
      await api.db.write({ name: 'test', text: "MATCH (s:SearchText) WHERE s.key = 'city:bangkok' DELETE s" });
    }
    expect((await search('bangkok', ', labels: [City]')).data?.totalCount).toBe(0);
    expect(await ensureSearchText(api.db)).toBeGreaterThan(100);
    expect((await search('bangkok', ', labels: [City]')).data?.edges[0]?.node.id).toBe('city:bangkok');
  });

  it('on Kùzu, writes the copies of search texts that are missing (a database from before the search table)', async () => {
    if (api.db.engine !== 'kuzu') return;
    await api.db.write({ name: 'test', text: "MATCH (s:SearchText) WHERE s.key STARTS WITH 'city:' DELETE s" });
    expect((await search('bangkok', ', labels: [City]')).data?.totalCount).toBe(0);
    expect(await ensureSearchText(api.db)).toBeGreaterThan(100);
    expect((await search('bangkok', ', labels: [City]')).data?.edges[0]?.node.id).toBe('city:bangkok');
  });

  it('forgets the search text of a node that is gone', async () => {
    await api.db.write({
      name: 'test',
      text: "MERGE (c:City {id: 'city:testville'}) SET c.name = 'Testville', c.sources = ['source:general-knowledge']",
    });
    expect(await refreshSearchText(api.db)).toBeGreaterThan(100);
    expect((await search('testville')).data?.edges.map((e) => e.node.id)).toEqual(['city:testville']);
    await api.db.write({ name: 'test', text: "MATCH (c:City) WHERE c.id = 'city:testville' DETACH DELETE c" });
    await refreshSearchText(api.db);
    expect((await search('testville')).data?.totalCount).toBe(0);
    if (api.db.engine === 'kuzu') {
      const copies = await api.db.read({
        name: 'test',
        text: "MATCH (s:SearchText) WHERE s.key = 'city:testville' RETURN count(s) AS count",
      });
      expect(Number(copies[0]?.count)).toBe(0);
    }
  });

  it('folds text and indexes word beginnings, the same way for the data and the query', () => {
    expect(fold('Hà Nội, Đà Nẵng & São Paulo')).toBe('ha noi da nang sao paulo');
    expect(queryTerms('  HCMC!! hcmc  Saigon ')).toEqual(['hcmc', 'saigon']);
    const text = searchTextOf({ id: 'city:x', name: 'Bangkok', aliases: ['Krung Thep'], sources: [] }, 'City').split(
      ' ',
    );
    expect(text).toEqual(expect.arrayContaining(['ban', 'bang', 'bangk', 'bangko', 'bangkok', 'krung', 'thep']));
    expect(text).not.toContain('ba');
  });
});
