import fc from 'fast-check';
import { getIntrospectionQuery, getNamedType, getOperationAST, isObjectType, parse } from 'graphql';
import type { GraphQLField, GraphQLNamedType, GraphQLObjectType, OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, operationCost } from '../../src/graphql/limits';
import { ENTITY_SPECS } from '../../src/specs';
import { buildGraphSchema } from '../../src/graphql/schema/build-schema';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/** Query limits (docs/architecture.md): depth ≤ 8, aliases ≤ 15, tokens ≤ 1000, directives ≤ 50, cost, first ≤ 100. */
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
    const fields = Array.from({ length: 26 }, () => 'nodeCount @include(if: true) @skip(if: false)').join(' ');
    expect((await limitError(`{ graphStats { ${fields} } }`))?.message).toBe(
      'The query uses 52 directives; the limit is 50.',
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

  it('costs a query sent again by its variables and operation, not by what was costed before', async () => {
    // The plugin remembers costs per parsed document: the same text, sent in turns with other variables or
    // another operation, must be refused or answered as if it were new each time.
    const query = `query Wide($n: Int) { memberStates(first: $n) { nodes { cities(first: $n) { nodes { officers(first: $n) { nodes { id } } } } } } }
      query Narrow { memberStates(first: 1) { nodes { id } } }`;
    const send = async (operationName: string, variables: Record<string, unknown>) => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, operationName, variables }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      return body.errors?.[0]?.extensions?.code ?? 'answered';
    };
    for (const round of [1, 2]) {
      expect([round, await send('Wide', { n: 100 })]).toEqual([round, 'LIMIT_EXCEEDED']);
      expect([round, await send('Wide', { n: 2 })]).toEqual([round, 'answered']);
      expect([round, await send('Narrow', { n: 100 })]).toEqual([round, 'answered']);
    }
  });

  it('caps page sizes at 100', async () => {
    const body = await api.post('{ cities(first: 1000) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(body.errors?.[0]?.message).toContain('between 0 and 100');
  });

  it('refuses the cost bypass through a variable default, as it refuses the same query with the variable sent', async () => {
    const query =
      'query ($f: Int = 100) { memberStates(first: $f) { nodes { cities(first: $f) { nodes { officers(first: $f) { edges { node { id } } } } } } } }';
    const byDefault = await limitError(query);
    const bySending = await limitError(query, { f: 100 });
    expect(byDefault?.message).toBe(bySending?.message);
  });

  /** Number of JSON objects in a value, itself included; a citation list (`sources`, `citations`) counts once, as in the estimate. */
  const objectsIn = (value: unknown): number => {
    if (Array.isArray(value)) return value.reduce((n: number, v) => n + objectsIn(v), 0);
    if (typeof value !== 'object' || value === null) return 0;
    const short = (k: string): boolean => k === 'sources' || k === 'citations';
    const fields = Object.entries(value).map(([k, v]) => (short(k) ? Math.min(1, objectsIn(v)) : objectsIn(v)));
    return 1 + fields.reduce((n, v) => n + v, 0);
  };

  it('estimates at least as many objects as any query returns (property test over random nested queries)', async () => {
    const schema = await buildGraphSchema();
    const specs = ENTITY_SPECS;
    // Fields a generated query may follow from an object type: connections (paged) and single related nodes.
    const follow = (type: GraphQLObjectType) =>
      Object.values(type.getFields()).filter((f) => {
        const named = getNamedType(f.type);
        return isObjectType(named) && !['sources', 'citations'].includes(f.name) && named.name !== 'PageInfo';
      });
    const selection = (g: fc.GeneratorValue, typeName: string, depth: number): string => {
      const type = schema.getType(typeName);
      const parts = ['id'];
      if (g(fc.boolean)) parts.push('sources { id }');
      if (!isObjectType(type) || depth >= 3) return parts.join(' ');
      const fields = follow(type);
      const count = fields.length === 0 ? 0 : g(() => fc.integer({ min: 0, max: 2 }));
      for (let i = 0; i < count; i++) {
        const field = fields[g(() => fc.integer({ min: 0, max: fields.length - 1 }))] as GraphQLField<unknown, unknown>;
        const target = getNamedType(field.type) as GraphQLObjectType;
        if (target.name.endsWith('Connection')) {
          const node = getNamedType(target.getFields().nodes?.type ?? target) as GraphQLNamedType;
          const first = g(() => fc.integer({ min: 0, max: 4 }));
          const inner = selection(g, node.name, depth + 1);
          const body = g(fc.boolean) ? `nodes { ${inner} }` : `edges { cursor node { ${inner} } }`;
          parts.push(`f${i}: ${field.name}(first: ${first}) { totalCount ${body} }`);
        } else if (target.name.endsWith('Edge')) {
          parts.push(`f${i}: ${field.name} { sources { id } node { id } }`);
        } else {
          parts.push(`f${i}: ${field.name} { ${selection(g, target.name, depth + 1)} }`);
        }
      }
      return parts.join(' ');
    };
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const spec = specs[g(() => fc.integer({ min: 0, max: specs.length - 1 }))] as (typeof specs)[number];
        const first = g(() => fc.integer({ min: 0, max: 6 }));
        const query = `{ list: ${spec.plural}(first: ${first}) { edges { node { ${selection(g, spec.label, 1)} } } } }`;
        const document = parse(query);
        const estimate = operationCost(schema, document, getOperationAST(document) as OperationDefinitionNode);
        const body = await api.post(query);
        if (estimate > DEFAULT_QUERY_LIMITS.maxCost) {
          expect(body.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
          return;
        }
        expect(body.errors).toBeUndefined();
        expect(objectsIn(body.data) - 1).toBeLessThanOrEqual(estimate);
        compared += 1;
      }),
      // A fixed seed keeps CI repeatable; no shrinking (a failure prints its query's choices as they are).
      { numRuns: 80, seed: 20261202, endOnFailure: true },
    );
    expect(compared).toBeGreaterThan(40);
  });
});
