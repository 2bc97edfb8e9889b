import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { GraphFormat, renderGraph } from '../../src/exports/graph-formats';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/** Loads a file of `format` with the real library and returns its node and edge counts and one node's name. */
function load(format: GraphFormat, text: string, id: string): { order: number; size: number; name: unknown } {
  if (format === GraphFormat.CYTOSCAPE) {
    const cy = cytoscape({
      headless: true,
      elements: (JSON.parse(text) as { elements: cytoscape.ElementsDefinition }).elements,
    });
    return { order: cy.nodes().length, size: cy.edges().length, name: cy.getElementById(id).data('name') };
  }
  const graph =
    format === GraphFormat.GRAPHOLOGY
      ? Graph.from(JSON.parse(text))
      : format === GraphFormat.GEXF
        ? parseGexf(Graph, text)
        : parseGraphml(Graph, text);
  return { order: graph.order, size: graph.size, name: graph.getNodeAttribute(id, 'name') };
}

/** Exports of explorations and of the whole graph, each read back by the library that owns the format. */
describe('graph exports', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each(Object.values(GraphFormat))(
    'exports a neighbourhood as %s that the real library reads back',
    async (format) => {
      const body = await api.post<{ g: { nodes: { id: string }[]; edges: { id: string }[]; export: string } }>(
        `{ g: neighborhood(id: "city:hanoi", depth: 2) { nodes { id } edges { id } export(format: ${format}) } }`,
      );
      expect(body.errors).toBeUndefined();
      const g = body.data?.g;
      const loaded = load(format, g?.export ?? '', 'city:hanoi');
      expect(loaded).toEqual({ order: g?.nodes.length, size: g?.edges.length, name: 'Hanoi' });
      if (format === GraphFormat.CYTOSCAPE) {
        // The JSON formats keep lists as lists: a node's sources are an array a client can iterate.
        const json = JSON.parse(g?.export ?? '{}') as { elements: { nodes: { data: Record<string, unknown> }[] } };
        const hanoi = json.elements.nodes.find((n) => n.data.id === 'city:hanoi');
        expect(hanoi?.data.sources).toContain('source:general-knowledge');
      }
    },
  );

  it.each(Object.values(GraphFormat))('exports shortest paths as %s', async (format) => {
    const body = await api.post<{ p: { nodes: { id: string }[]; edges: { id: string }[]; export: string } }>(
      `{ p: allShortestPaths(from: "city:cebu-city", to: "org:jetro", maxHops: 6) { nodes { id } edges { id } export(format: ${format}) } }`,
    );
    const p = body.data?.p;
    expect(load(format, p?.export ?? '', 'org:jetro')).toMatchObject({ order: p?.nodes.length, size: p?.edges.length });
  });

  it.each([
    ['gexf', GraphFormat.GEXF],
    ['graphml', GraphFormat.GRAPHML],
    ['cyjs', GraphFormat.CYTOSCAPE],
    ['graphology.json', GraphFormat.GRAPHOLOGY],
  ])('serves the whole graph at /export/graph.%s', async (extension, format) => {
    const stats = await api.post<{ graphStats: { nodeCount: number; relationshipCount: number } }>(
      '{ graphStats { nodeCount relationshipCount } }',
    );
    const response = await fetch(new URL(`/export/graph.${extension}`, api.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="asean-urban-kg.${extension}"`);
    const loaded = load(format, await response.text(), 'network:ascn');
    expect(loaded).toEqual({
      order: stats.data?.graphStats.nodeCount,
      size: stats.data?.graphStats.relationshipCount,
      name: 'ASEAN Smart Cities Network',
    });
  });

  it('answers an unknown export with 404', async () => {
    expect((await fetch(new URL('/export/graph.pdf', api.url))).status).toBe(404);
  });

  it.each(Object.values(GraphFormat))(
    'keeps hostile text intact in %s (control characters dropped in XML)',
    (format) => {
      const name = `<Tag> & "quotes" 'single' Hà Nội 🏙️\u0001`;
      const text = renderGraph(
        {
          nodes: [
            { id: 'city:a&b', attributes: { name, degree: 1 } },
            { id: 'city:x', attributes: { name: 'x', degree: 1 } },
          ],
          edges: [
            { id: 'city:a&b|T|city:x', source: 'city:a&b', target: 'city:x', attributes: { type: 'T', note: name } },
          ],
        },
        format,
      );
      const xml = format === GraphFormat.GEXF || format === GraphFormat.GRAPHML;
      expect(load(format, text, 'city:a&b')).toEqual({
        order: 2,
        size: 1,
        name: xml ? name.replace('\u0001', '') : name,
      });
    },
  );
});
