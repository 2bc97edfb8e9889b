import { getNamedType, isObjectType } from 'graphql';
import { enumValueName } from '../../src/graphql/inflection';
import { buildGraphSchema } from '../../src/graphql/schema/build-schema';
import { groupingsOf } from '../../src/graph/group-counts';
import { ENTITY_SPECS } from '../../src/specs';
import type { EntitySpec } from '../../src/specs';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

type Group = { key: string | null; count: number; node: { id: string } | null };

/**
 * `groupCounts` of every grouping of every list, checked against the list
 * itself: a property's groups against the values of every node, a related
 * node's groups against the list filtered by that node (the filters are
 * checked against the graph in filters.test.ts).
 */
describe('grouped counts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const cases = ENTITY_SPECS.flatMap((spec) => groupingsOf(spec).map((g) => [spec.plural, g.name, spec, g] as const));

  it('covers the questions researchers ask', () => {
    const names = cases.map(([plural, name]) => `${plural} by ${name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'cities by memberState',
        'officers by memberState',
        'agreements by organization',
        'cities by pilot',
      ]),
    );
  });

  it.each(cases)('%s grouped by %s', async (plural, name, spec: EntitySpec, grouping) => {
    const body = await api.post<{ list: { totalCount: number; groupCounts: Group[] } }>(
      `{ list: ${plural}(first: 100) { totalCount groupCounts(by: ${enumValueName(name)}) { key count node { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const groups = body.data?.list.groupCounts ?? [];
    expect(groups.map((g) => g.count)).toEqual([...groups.map((g) => g.count)].sort((a, b) => b - a));
    if (grouping.kind === 'property') {
      const nodes = await api.post<{ list: { nodes: Record<string, unknown>[] } }>(
        `{ list: ${plural}(first: 100) { nodes { ${grouping.property} } } }`,
      );
      const expected = new Map<string | null, number>();
      for (const node of nodes.data?.list.nodes ?? []) {
        const value = node[grouping.property];
        const key = value === null || value === undefined ? null : JSON.stringify(value);
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      expect(Object.fromEntries(groups.map((g) => [String(g.key), g.count]))).toEqual(
        Object.fromEntries([...expected].map(([k, v]) => [String(k), v])),
      );
      expect(groups.reduce((n, g) => n + g.count, 0)).toBe(body.data?.list.totalCount);
    } else {
      expect(groups.every((g) => g.node?.id === g.key)).toBe(true);
      const targetSpec = ENTITY_SPECS.find((s) => s.label === grouping.label) as EntitySpec;
      const targets = await api.post<{ list: { nodes: { id: string }[] } }>(
        `{ list: ${targetSpec.plural}(first: 100) { nodes { id } } }`,
      );
      for (const { id } of targets.data?.list.nodes ?? []) {
        const filtered = await api.post<{ list: { totalCount: number } }>(
          `query ($id: ID) { list: ${spec.plural}(filter: { ${grouping.name}: $id }) { totalCount } }`,
          { id },
        );
        const count = filtered.data?.list.totalCount ?? 0;
        expect({ id, count: groups.find((g) => g.key === id)?.count ?? 0 }).toEqual({ id, count });
      }
    }
  });

  it('counts only what the filter selects, and refuses an unknown grouping', async () => {
    const pilots = await api.post<{ cities: { groupCounts: Group[] } }>(
      '{ cities(filter: { pilot: false }) { groupCounts(by: PILOT) { key count } } }',
    );
    expect(pilots.data?.cities.groupCounts.every((g) => g.key === 'false')).toBe(true);
    const wrong = await api.post('{ cities { groupCounts(by: KIND) { count } } }');
    expect(wrong.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is offered on the lists of labels with groupings only', async () => {
    const schema = await buildGraphSchema();
    for (const spec of ENTITY_SPECS) {
      const connection = getNamedType(schema.getQueryType()?.getFields()[spec.plural]?.type);
      expect(isObjectType(connection) && 'groupCounts' in connection.getFields()).toBe(groupingsOf(spec).length > 0);
    }
  });
});
