import { getOperationAST, parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, operationCost } from '../../src/graphql/limits';
import { buildGraphSchema } from '../../src/graphql/schema/build-schema';
import { GRAPH_MODEL } from '../../src/model';
import { q } from '../support/test-database';
import { startTestApi } from './support/api-server';
import type { ApiResponse, TestApi } from './support/api-server';

interface GraphView {
  truncated: boolean;
  nodes: { id: string; label: string; name: string; degree: number; sources: { id: string }[] }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    properties: { name: string; value: string }[];
    sources: { id: string }[];
  }[];
}

const GRAPH_FIELDS = `truncated
  nodes { id label name degree sources { id } }
  edges { id source target type properties { name value } sources { id } }`;

/** `neighborhood` and `subgraph` over HTTP, checked against the relationships read straight from the graph. */
describe('exploration: neighbourhoods and subgraphs', () => {
  let api: TestApi;
  /** Every relationship of the seeded graph as [source, type, target], read type by type from the model. */
  const all: [string, string, string][] = [];

  beforeAll(async () => {
    api = await startTestApi();
    for (const type of Object.keys(GRAPH_MODEL.relationships)) {
      const rows = await api.db.read(q(`MATCH (a)-[:${type}]->(b) RETURN a.id AS a, b.id AS b`));
      all.push(...rows.map((r) => [String(r.a), type, String(r.b)] as [string, string, string]));
    }
  });
  afterAll(() => api.close());

  const degree = (id: string): number => all.filter(([a, , b]) => a === id || b === id).length;

  async function neighborhood(args: string): Promise<ApiResponse<{ g: GraphView }>> {
    return api.post<{ g: GraphView }>(`{ g: neighborhood(${args}) { ${GRAPH_FIELDS} } }`, {}, { 'x-query-stats': '1' });
  }

  function expectWellFormed(graph: GraphView): void {
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.nodes.length);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.id).toBe(`${edge.source}|${edge.type}|${edge.target}`);
      expect(all).toContainEqual([edge.source, edge.type, edge.target]);
      expect(edge.sources.length).toBeGreaterThan(0);
    }
    for (const node of graph.nodes) {
      expect(node.degree).toBe(degree(node.id));
      expect(node.sources.length).toBeGreaterThan(0);
    }
  }

  it('returns a node with every neighbour one hop away and the relationships to them, with sources', async () => {
    const body = await neighborhood('id: "city:hanoi"');
    expect(body.errors).toBeUndefined();
    const graph = body.data?.g as GraphView;
    expectWellFormed(graph);
    const around = all.filter(([a, , b]) => a === 'city:hanoi' || b === 'city:hanoi');
    expect(graph.nodes[0]?.id).toBe('city:hanoi');
    expect(graph.edges.map((e) => e.id).sort()).toEqual(around.map(([a, t, b]) => `${a}|${t}|${b}`).sort());
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      [...new Set(['city:hanoi', ...around.map(([a, , b]) => (a === 'city:hanoi' ? b : a))])].sort(),
    );
    expect(graph.truncated).toBe(false);
    expect(body.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual(1 + 1 + 1 + 1);
  });

  it('walks further with depth, follows only the types and labels asked for, and keeps relationship properties', async () => {
    const one = (await neighborhood('id: "city:cebu-city", limit: 500')).data?.g as GraphView;
    const two = (await neighborhood('id: "city:cebu-city", depth: 2, limit: 500')).data?.g as GraphView;
    expectWellFormed(two);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(one.nodes.map((n) => n.id)));
    const serves = (await neighborhood('id: "city:cebu-city", depth: 2, relationshipTypes: [SERVES], limit: 500')).data
      ?.g as GraphView;
    expect(serves.edges.length).toBeGreaterThan(0);
    expect(serves.edges.every((e) => e.type === 'SERVES')).toBe(true);
    expect(serves.edges.some((e) => e.properties.some((p) => p.name === 'position'))).toBe(true);
    const states = (await neighborhood('id: "city:cebu-city", depth: 2, labels: [MemberState], limit: 500')).data
      ?.g as GraphView;
    expect(states.nodes.slice(1).every((n) => n.label === 'MemberState')).toBe(true);
    expect(states.nodes.map((n) => n.id)).toContain('state:ph');
  });

  it('caps nodes and edges at `limit` and says so with `truncated`', async () => {
    const body = await neighborhood('id: "network:ascn", depth: 2, limit: 5');
    const graph = body.data?.g as GraphView;
    expectWellFormed(graph);
    expect(graph.nodes).toHaveLength(5);
    expect(graph.edges.length).toBeLessThanOrEqual(5 * 4);
    expect(graph.truncated).toBe(true);
    expect(body.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual(1 + 2 + 1 + 1);
  });

  it.each([
    ['id: "city:atlantis"', 'NOT_FOUND'],
    ['id: "not an id"', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", depth: 4', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", depth: 0', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", limit: 0', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", limit: 501', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", limit: 2147483647', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", depth: -2147483648', 'BAD_USER_INPUT'],
    ['id: "city:hanoi", relationshipTypes: [KNOWS]', 'GRAPHQL_VALIDATION_FAILED'],
    ['id: "city:hanoi", labels: [Town]', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses neighborhood(%s) with %s', async (args, code) => {
    const body = await neighborhood(args);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('estimates at least as many objects as a neighbourhood returns', async () => {
    const schema = await buildGraphSchema();
    for (const args of ['id: "network:ascn", depth: 3, limit: 500', 'id: "city:hanoi", depth: 2']) {
      const text = `{ g: neighborhood(${args}) { ${GRAPH_FIELDS} } }`;
      const document = parse(text);
      const estimate = operationCost(
        schema,
        document,
        getOperationAST(document) as OperationDefinitionNode,
        {},
        {
          limit: 100,
          maxLimit: 500,
        },
      );
      const graph = (await api.post<{ g: GraphView }>(text)).data?.g as GraphView;
      // Objects: the graph, its nodes and edges, and one per non-empty citation list (as the estimate counts them).
      const objects = 1 + graph.nodes.length + graph.edges.length + graph.nodes.length + graph.edges.length;
      expect(objects).toBeLessThanOrEqual(estimate);
      expect(estimate).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    }
  });

  it('returns the given nodes and every relationship among them', async () => {
    const ids = ['city:hanoi', 'state:vn', 'network:ascn', 'city:bangkok', 'state:th'];
    const body = await api.post<{ g: GraphView }>(
      `query ($ids: [ID!]!) { g: subgraph(ids: $ids) { ${GRAPH_FIELDS} } }`,
      {
        ids,
      },
    );
    expect(body.errors).toBeUndefined();
    const graph = body.data?.g as GraphView;
    expectWellFormed(graph);
    expect(graph.nodes.map((n) => n.id)).toEqual(ids);
    const among = all.filter(([a, , b]) => ids.includes(a) && ids.includes(b));
    expect(graph.edges.map((e) => e.id).sort()).toEqual(among.map(([a, t, b]) => `${a}|${t}|${b}`).sort());
    expect(graph.truncated).toBe(false);
  });

  it('refuses a subgraph with an unknown, malformed or too many ids', async () => {
    const run = (ids: unknown) => api.post(`query ($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }`, { ids });
    expect((await run(['city:hanoi', 'city:atlantis'])).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      id: 'city:atlantis',
    });
    expect((await run(['city:hanoi', "x' OR 1=1"])).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 501 }, (_, i) => `city:x${i}`);
    expect((await run(many)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect((await run([])).data).toEqual({ subgraph: { truncated: false } });
  });
});
