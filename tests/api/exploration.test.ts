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
    // The start, the hop (the degrees of its nodes, then their relationships), the degrees and the sources.
    expect(body.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual(1 + 2 + 1 + 1);
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
    // The start, each hop (the degrees of its nodes, then their relationships: a third for a hub's first ones; the
    // ASCN has more than 4 × limit), the degrees and the sources.
    expect(body.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual(1 + 3 * 2 + 1 + 1);
  });

  it('cuts a hub only without a label filter, so that a wanted neighbour past the cut is found', async () => {
    // limit 2 allows 8 relationships a node: the ASCN has more, and its first 8 by the other end's id are not
    // organisations; with labels, the hub is read whole and its organisations are there.
    const wanted = all
      .filter(([a, , b]) => a === 'network:ascn' || b === 'network:ascn')
      .map(([a, , b]) => (a === 'network:ascn' ? b : a))
      .filter((id) => id.startsWith('org:'));
    expect(wanted.length).toBeGreaterThan(0);
    expect(degree('network:ascn')).toBeGreaterThan(8);
    const body = await neighborhood('id: "network:ascn", depth: 1, limit: 2, labels: [Organization]');
    const graph = body.data?.g as GraphView;
    expectWellFormed(graph);
    expect(graph.nodes).toHaveLength(2);
    expect(wanted).toContain(graph.nodes.find((n) => n.id !== 'network:ascn')?.id);
    const cut = (await neighborhood('id: "network:ascn", depth: 1, limit: 2')).data?.g as GraphView;
    expect(cut.truncated).toBe(true);
    expect(cut.edges.length).toBeLessThanOrEqual(8);
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

  it('counts the nodes and edges an exploration reads even when only a scalar is selected', async () => {
    const schema = await buildGraphSchema();
    const estimate = (text: string): number => {
      const document = parse(text);
      return operationCost(
        schema,
        document,
        getOperationAST(document) as OperationDefinitionNode,
        {},
        {
          limit: 100,
          maxLimit: 500,
        },
      );
    };
    const drawn = estimate('{ neighborhood(id: "network:ascn", limit: 500) { nodes { id } edges { id } } }');
    expect(estimate('{ neighborhood(id: "network:ascn", limit: 500) { export(format: GEXF) } }')).toBe(drawn);
    expect(estimate('{ neighborhood(id: "network:ascn", limit: 500) { truncated } }')).toBe(drawn);
    expect(drawn).toBeGreaterThanOrEqual(1 + 500 + 500 * 4);
    expect(
      estimate('{ allShortestPaths(from: "city:a", to: "city:b", limit: 100) { truncated } }'),
    ).toBeGreaterThanOrEqual(100 * (7 + 6));
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

  /** Independently: the distance from `from` to every node, and how many shortest paths reach each, over `all`. */
  function shortest(from: string, exclude: string[] = [], types?: string[]): Map<string, { d: number; count: number }> {
    const seen = new Map([[from, { d: 0, count: 1 }]]);
    let frontier = [from];
    for (let d = 1; frontier.length > 0; d += 1) {
      const next = new Map<string, number>();
      for (const at of frontier) {
        for (const [a, t, b] of all) {
          if (types !== undefined && !types.includes(t)) continue;
          const other = a === at ? b : b === at ? a : undefined;
          if (other === undefined || exclude.includes(other)) continue;
          const known = seen.get(other);
          if (known !== undefined && known.d < d) continue;
          next.set(other, (next.get(other) ?? 0) + (seen.get(at)?.count ?? 0));
        }
      }
      for (const [id, count] of next) seen.set(id, { d, count });
      frontier = [...next.keys()];
    }
    return seen;
  }

  type PathsView = {
    truncated: boolean;
    paths: {
      length: number;
      nodes: string[];
      steps: { from: string; to: string; edge: string; type: string; forward: boolean }[];
    }[];
    nodes: { id: string }[];
    edges: { id: string; source: string; target: string; type: string }[];
  };
  const PATH_FIELDS =
    'truncated paths { length nodes steps { from to edge type forward } } nodes { id } edges { id source target type }';

  it.each([
    ['city:cebu-city', 'org:jetro'],
    ['officer:nigel-paul-c-villarete', 'summit:asean-34'],
    ['city:hanoi', 'city:bangkok'],
    ['person:pham-hong-ha', 'framework:asus'],
  ])('finds every shortest path from %s to %s, each a real walk, as many as there are', async (from, to) => {
    const expected = shortest(from).get(to);
    const body = await api.post<{ p: PathsView }>(
      `{ p: allShortestPaths(from: "${from}", to: "${to}", maxHops: 6, limit: 100) { ${PATH_FIELDS} } }`,
      {},
      { 'x-query-stats': '1' },
    );
    expect(body.errors).toBeUndefined();
    const result = body.data?.p as PathsView;
    expect(expected).toBeDefined();
    expect(result.paths.length).toBe(Math.min(expected?.count ?? 0, 100));
    // Paths differ by their relationships (two nodes may be linked by relationships of two types).
    expect(new Set(result.paths.map((p) => p.steps.map((s) => s.edge).join(' '))).size).toBe(result.paths.length);
    const edgeIds = new Set(result.edges.map((e) => e.id));
    for (const path of result.paths) {
      expect(path.length).toBe(expected?.d);
      expect(path.nodes[0]).toBe(from);
      expect(path.nodes.at(-1)).toBe(to);
      path.steps.forEach((step, i) => {
        expect([step.from, step.to]).toEqual([path.nodes[i], path.nodes[i + 1]]);
        const [source, target] = step.forward ? [step.from, step.to] : [step.to, step.from];
        expect(step.edge).toBe(`${source}|${step.type}|${target}`);
        expect(all).toContainEqual([source, step.type, target]);
        expect(edgeIds.has(step.edge)).toBe(true);
      });
    }
    expect(result.nodes.map((n) => n.id).sort()).toEqual([...new Set(result.paths.flatMap((p) => p.nodes))].sort());
    expect(body.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual((expected?.d ?? 0) + 3);
  });

  it('gives one path for shortestPath, honours maxHops, exclusions and types, and answers no path with an empty list', async () => {
    const one = await api.post<{ p: PathsView }>(
      `{ p: shortestPath(from: "city:cebu-city", to: "org:jetro", maxHops: 6) { ${PATH_FIELDS} } }`,
    );
    expect(one.data?.p.paths).toHaveLength(1);
    expect(one.data?.p.truncated).toBe(false);
    const d = shortest('city:cebu-city').get('org:jetro')?.d ?? 0;
    const tooShort = await api.post<{ p: PathsView }>(
      `{ p: shortestPath(from: "city:cebu-city", to: "org:jetro", maxHops: ${d - 1}) { ${PATH_FIELDS} } }`,
    );
    expect(tooShort.data?.p).toEqual({ truncated: false, paths: [], nodes: [], edges: [] });
    const avoiding = await api.post<{ p: PathsView }>(
      `{ p: allShortestPaths(from: "city:cebu-city", to: "org:jetro", maxHops: 6, exclude: ["network:ascn"]) { ${PATH_FIELDS} } }`,
    );
    const expected = shortest('city:cebu-city', ['network:ascn']).get('org:jetro');
    expect(avoiding.data?.p.paths[0]?.length).toBe(expected?.d);
    expect(avoiding.data?.p.paths.every((p) => !p.nodes.includes('network:ascn'))).toBe(true);
    const typed = await api.post<{ p: PathsView }>(
      `{ p: allShortestPaths(from: "city:hanoi", to: "city:bangkok", maxHops: 6, relationshipTypes: [LOCATED_IN, MEMBER_OF]) { ${PATH_FIELDS} } }`,
    );
    expect(typed.data?.p.paths.length).toBe(
      shortest('city:hanoi', [], ['LOCATED_IN', 'MEMBER_OF']).get('city:bangkok')?.count,
    );
    expect(typed.data?.p.paths.flatMap((p) => p.steps).every((s) => ['LOCATED_IN', 'MEMBER_OF'].includes(s.type))).toBe(
      true,
    );
    const capped = await api.post<{ p: PathsView }>(
      `{ p: allShortestPaths(from: "city:hanoi", to: "city:bangkok", maxHops: 6, limit: 1) { ${PATH_FIELDS} } }`,
    );
    expect(capped.data?.p.paths).toHaveLength(1);
    expect(capped.data?.p.truncated).toBe((shortest('city:hanoi').get('city:bangkok')?.count ?? 0) > 1);
  });

  it.each([
    ['from: "city:atlantis", to: "city:hanoi"', 'NOT_FOUND'],
    ['from: "city:hanoi", to: "org:nowhere"', 'NOT_FOUND'],
    ['from: "city:hanoi", to: "bad id"', 'BAD_USER_INPUT'],
    ['from: "city:hanoi", to: "city:bangkok", maxHops: 7', 'BAD_USER_INPUT'],
    ['from: "city:hanoi", to: "city:bangkok", maxHops: 0', 'BAD_USER_INPUT'],
    ['from: "city:hanoi", to: "city:bangkok", limit: 0', 'BAD_USER_INPUT'],
    ['from: "city:hanoi", to: "city:bangkok", limit: 101', 'BAD_USER_INPUT'],
    ['from: "city:hanoi", to: "city:bangkok", exclude: ["x"]', 'BAD_USER_INPUT'],
  ])('refuses allShortestPaths(%s) with %s', async (args, code) => {
    const body = await api.post(`{ allShortestPaths(${args}) { truncated } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
  });
});
