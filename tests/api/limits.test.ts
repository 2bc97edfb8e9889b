import { getIntrospectionQuery } from 'graphql';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/** Query limits of DESIGN.md: depth ≤ 8, aliases ≤ 15, tokens ≤ 1000, directives ≤ 50, cost, first ≤ 100. */
describe('query limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const limitError = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await api.post(query, variables);
    expect(body.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    return body.errors?.[0];
  };

  // city → memberState → cities → memberState → … : each hop is one level; edges/nodes do not count.
  const nested = (levels: number): string => {
    let inner = 'name';
    for (let i = levels - 2; i >= 1; i -= 1)
      inner = i % 2 === 1 ? `memberState { ${inner} }` : `cities { nodes { ${inner} } }`;
    return `{ city(id: "city:cebu-city") { ${inner} } }`;
  };

  it('accepts depth 8 and rejects depth 9, saying the limit', async () => {
    const ok = await api.post(nested(8));
    expect(ok.errors).toBeUndefined();
    const error = await limitError(nested(9));
    expect(error?.message).toBe('The query is 9 levels deep; the limit is 8.');
    expect(error?.extensions).toMatchObject({ limit: 'depth', maximum: 8 });
  });

  it('does not count connection plumbing or introspection', async () => {
    const plumbing =
      '{ memberStates { edges { node { cities { edges { node { officers { edges { node { sources { title } } } } } } } } } } }';
    expect((await api.post(plumbing)).errors).toBeUndefined();
    const introspection = await api.post(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
  });

  it('reports fragment cycles as validation errors without recursing forever', async () => {
    const body = await api.post(
      '{ city(id: "city:cebu-city") { ...a } } fragment a on City { memberState { cities { nodes { ...a } } } }',
    );
    expect(body.status).toBe(400);
    expect(body.errors?.some((e) => e.message.includes('Cannot spread fragment "a" within itself'))).toBe(true);
  });

  it('rejects more than 15 aliases', async () => {
    const aliases = (n: number): string =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: graphStats { nodeCount }`).join(' ')} }`;
    expect((await api.post(aliases(15))).errors).toBeUndefined();
    expect((await limitError(aliases(16)))?.message).toBe('The query uses 16 aliases; the limit is 15.');
  });

  it('rejects more than 50 directives', async () => {
    const fields = Array.from({ length: 51 }, () => 'nodeCount @include(if: true)').join(' ');
    expect((await limitError(`{ graphStats { ${fields} } }`))?.message).toBe(
      'The query uses 51 directives; the limit is 50.',
    );
  });

  it('rejects more than 1000 tokens while parsing', async () => {
    const error = await limitError(`{ graphStats { ${'nodeCount '.repeat(1000)} } }`);
    expect(error?.message).toBe('The query has more than 1000 tokens; the limit is 1000.');
  });

  it('rejects queries whose page sizes multiply beyond the cost limit, reading variables', async () => {
    const query = `query ($n: Int) { memberStates(first: $n) { nodes { cities(first: $n) { nodes { officers(first: $n) { nodes { id } } } } } } }`;
    const error = await limitError(query, { n: 100 });
    expect(error?.message).toMatch(/^The query could return up to \d+ objects; the limit is 50000\./);
    const small = await api.post(query, { n: 5 });
    expect(small.errors).toBeUndefined();
  });

  it('caps page sizes at 100', async () => {
    const body = await api.post('{ cities(first: 1000) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(body.errors?.[0]?.message).toContain('between 0 and 100');
  });
});
