import { GRAPH_MODEL } from '../../src/model';
import { ENTITY_SPECS } from '../../src/specs';
import { relationFields } from '../../src/graphql/schema/relation-fields';
import type { RelationFieldSpec } from '../../src/graphql/schema/relation-fields';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/**
 * Every relationship field of every type, both directions, derived from the
 * graph model: each relationship of the seeded graph is reachable from both
 * of its ends, shows the right type at the other end, and cites sources.
 */
interface EdgeView {
  node: { __typename: string; id: string };
  sources: { id: string }[];
}
type FieldView = { totalCount: number; edges: EdgeView[] } | { id: string } | null;
type NodeView = Record<string, FieldView> & { id: string };
interface PageView {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: NodeView[];
}

const NESTED = 40;

function selection(field: RelationFieldSpec): string {
  const edge = 'node { __typename id } sources { id }';
  if (field.one) return `${field.name} { id } ${field.name}Edge { ${edge} }`;
  return `${field.name}(first: ${NESTED}) { totalCount edges { ${edge} } }`;
}

function edgesOf(node: NodeView, field: RelationFieldSpec): EdgeView[] {
  if (field.one) {
    const edge = node[`${field.name}Edge`] as EdgeView | null;
    expect((node[field.name] as { id: string } | null)?.id).toBe(edge?.node.id);
    return edge === null ? [] : [edge];
  }
  const connection = node[field.name] as { totalCount: number; edges: EdgeView[] };
  expect(connection.edges).toHaveLength(connection.totalCount); // NESTED is above every fan-out of the seeds
  return connection.edges;
}

describe('relationship fields in both directions', () => {
  let api: TestApi;
  /** `TYPE out|in` → "from>to" pairs seen through the fields of that direction. */
  const seen = new Map<string, string[]>();
  const wrongType: string[] = [];
  const unsourced: string[] = [];
  const counts = new Map<string, number>();

  const page = async (query: string, after: string | null, label: string): Promise<PageView> => {
    const body = await api.post<{ list: PageView }>(query, { after });
    if (body.errors !== undefined || body.data == null) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
    return body.data.list;
  };

  beforeAll(async () => {
    api = await startTestApi();
    const stats = await api.post<{ graphStats: { relationshipTypes: { type: string; count: number }[] } }>(
      '{ graphStats { relationshipTypes { type count } } }',
    );
    for (const t of stats.data?.graphStats.relationshipTypes ?? []) counts.set(t.type, t.count);
    for (const spec of ENTITY_SPECS) {
      const fields = relationFields(spec.label);
      let after: string | null = null;
      do {
        const query = `query ($after: String) { list: ${spec.plural}(first: 10, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { id ${fields.map(selection).join(' ')} } } }`;
        const list: PageView = await page(query, after, spec.label);
        for (const node of list.nodes) {
          for (const field of fields) {
            for (const edge of edgesOf(node, field)) {
              const where = `${spec.label}.${field.name} of ${node.id} → ${edge.node.id}`;
              if (!field.targets.includes(edge.node.__typename))
                wrongType.push(`${where} is a ${edge.node.__typename}`);
              if (edge.sources.length === 0) unsourced.push(where);
              const pair = field.direction === 'out' ? `${node.id}>${edge.node.id}` : `${edge.node.id}>${node.id}`;
              const key = `${field.type} ${field.direction}`;
              seen.set(key, [...(seen.get(key) ?? []), pair]);
            }
          }
        }
        after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      } while (after !== null);
    }
  });
  afterAll(() => api.close());

  it('shows at the other end only the types each field declares', () => {
    expect(wrongType).toEqual([]);
  });

  it('cites at least one source on every edge', () => {
    expect(unsourced).toEqual([]);
  });

  it.each(Object.keys(GRAPH_MODEL.relationships))('%s: every relationship is visible from both ends, once', (type) => {
    const count = counts.get(type);
    const out = (seen.get(`${type} out`) ?? []).sort();
    const inward = (seen.get(`${type} in`) ?? []).sort();
    expect(out).toHaveLength(count ?? -1);
    expect(inward).toEqual(out);
  });
});
