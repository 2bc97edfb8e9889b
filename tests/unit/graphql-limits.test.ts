import { getIntrospectionQuery, parse, validate, getOperationAST } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { guardDocument, limitRules, operationCost } from '../../src/graphql/limits';
import { selectionFolder } from '../../src/graphql/limits/selections';
import { SHORT_LIST_ITEMS } from '../../src/graphql/limits/cost';
import { GRAPH_MODEL } from '../../src/model';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/limits';
import { clique, fanOut, repeated } from '../support/hostile-documents';
import { buildGraphSchema } from '../../src/graphql/schema/build-schema';

describe('query limit rules', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphSchema();
  });

  const cost = (query: string, variables: Record<string, unknown> = {}): number => {
    const document = parse(query);
    return operationCost(schema, document, getOperationAST(document)!, variables);
  };
  const errors = (query: string): string[] =>
    validate(schema, parse(query), limitRules(DEFAULT_QUERY_LIMITS)).map((e) => e.message);

  it("counts objects, multiplying by page sizes (default 20), by the number of ids and by short lists' bounds", () => {
    expect(cost('{ graphStats { nodeCount } }')).toBe(1);
    expect(cost('{ cities(first: 5) { totalCount nodes { id memberState { id } } } }')).toBe(1 + 5 + 5);
    expect(cost('{ cities { nodes { officers { nodes { id } } } } }')).toBe(1 + 20 + 20 + 400);
    expect(cost('query ($n: Int) { cities(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ nodes(ids: ["city:a", "city:b"]) { id sources { id } } }')).toBe(2 + 2 * SHORT_LIST_ITEMS);
    expect(SHORT_LIST_ITEMS).toBe(1);
    expect(cost('{ graphStats { labels { label } } }')).toBe(1 + Object.keys(GRAPH_MODEL.nodes).length);
    expect(cost('{ cities(first: 1000) { nodes { id } } }')).toBe(1 + 100); // the resolver rejects 1000 itself
  });

  it('follows fragments and ignores introspection', () => {
    const query =
      'query { cities(first: 3) { ...page } __schema { types { name } } } fragment page on CityConnection { nodes { id } }';
    expect(cost(query)).toBe(1 + 3);
    expect(errors(query)).toEqual([]);
  });

  it('measures depth without connection plumbing and survives fragment cycles', () => {
    expect(
      errors('{ memberStates { edges { node { cities { nodes { officers { edges { node { name } } } } } } } } }'),
    ).toEqual([]);
    const cyclic = '{ city(id: "city:x") { ...a } } fragment a on City { memberState { cities { nodes { ...a } } } }';
    expect(() => validate(schema, parse(cyclic), limitRules(DEFAULT_QUERY_LIMITS))).not.toThrow();
  });

  it('values each fragment once, however often it is spread: work grows with the document, not its expansion', () => {
    const visits = (levels: number): number => {
      let fields = 0;
      const value = selectionFolder(schema, parse(fanOut(levels)), {
        empty: 0,
        combine: (a: number, b: number) => a + b,
        field: (_f, _d, _p, inner) => {
          fields += 1;
          return 1 + inner();
        },
      });
      const operation = getOperationAST(parse(fanOut(levels)))!;
      expect(value(operation.selectionSet, schema.getQueryType() ?? undefined)).toBe(2 ** levels);
      return fields;
    };
    expect(visits(22)).toBe(1);
    expect(visits(90)).toBe(1);
  });

  const guard = (query: string): unknown => {
    try {
      guardDocument(schema, parse(query), DEFAULT_QUERY_LIMITS);
      return undefined;
    } catch (error) {
      const e = error as { message: string; extensions: Record<string, unknown> };
      return { message: e.message, code: e.extensions.code };
    }
  };

  it.each(['Query', '__Schema'] as const)(
    'refuses a fragment fan-out on %s by its expanded size, before GraphQL validates it',
    (root) => {
      // 2^22 copies of the leaf, plus `__schema` itself on introspection.
      expect(guard(fanOut(22, root))).toEqual({
        code: 'LIMIT_EXCEEDED',
        message: `The query selects ${2 ** 22 + (root === 'Query' ? 0 : 1)} fields once its fragments are spread; the limit is 2000.`,
      });
      expect(guard(fanOut(90, root))).toMatchObject({ message: expect.stringMatching(/selects about 10\^27 fields/) });
      expect(guard(fanOut(5, root))).toBeUndefined();
    },
  );

  it.each(['Query', '__Schema'] as const)(
    'refuses a clique of fragments on %s as a cycle, without walking it',
    (root) => {
      expect(guard(clique(13, root))).toEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: 'Cannot spread fragment "C0" within itself (C0 → C1 → C0).',
      });
    },
  );

  it('refuses one field selected more than 50 times in one place, fragments included', () => {
    expect(guard(repeated(50))).toBeUndefined();
    expect(guard(repeated(51))).toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/51 times/) });
    const viaFragments = `{ ...A ...B } fragment A on Query { ${'graphStats { nodeCount } '.repeat(30)} } fragment B on Query { ${'graphStats { nodeCount } '.repeat(30)} }`;
    expect(guard(viaFragments)).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(guard(getIntrospectionQuery())).toBeUndefined();
  });

  it('costs a fan-out by its expansion (graphql-query-complexity expands fragments: the guard bounds them first)', () => {
    expect(cost(fanOut(6).replace('__typename', 'cities { nodes { id } }'))).toBe(2 ** 6 * 21);
    expect(() => guardDocument(schema, parse(fanOut(22)), DEFAULT_QUERY_LIMITS)).toThrow(/fields once its fragments/);
  });

  it('bounds a limit argument by its own maximum: the timeline up to 1,000 entries, explorations by the node maximum', () => {
    expect(cost('{ timeline(limit: 1000) { entries { id } } }')).toBeGreaterThan(
      cost('{ timeline(limit: 500) { entries { id } } }'),
    );
  });

  it('skips what @skip and @include leave out, as execution does', () => {
    const query =
      'query ($on: Boolean!) { cities(first: 50) @include(if: $on) { nodes { id } } countries { totalCount } }';
    expect(cost(query, { on: true })).toBeGreaterThan(cost(query, { on: false }));
  });

  it('reads arguments as execution will: variable defaults and explicit variables cost the same', () => {
    const nested =
      'query ($f: Int = 100) { memberStates(first: $f) { nodes { cities(first: $f) { nodes { officers(first: $f) { edges { node { id } } } } } } } }';
    expect(cost(nested)).toBe(2_020_201); // the figure the same query gets with {"f": 100}
    expect(cost(nested)).toBe(cost(nested, { f: 100 }));
    expect(cost(nested, { f: null })).toBe(cost(nested, { f: 20 })); // null means the default, as in the resolver
    expect(cost(nested, { f: 2 })).toBeLessThan(cost(nested, { f: 3 }));
    expect(cost('query ($ids: [ID!]! = ["city:a", "city:b", "city:c"]) { nodes(ids: $ids) { id } }')).toBe(3);
  });

  it('refuses mutations and subscriptions as a read-only API, saying so', () => {
    for (const kind of ['mutation', 'subscription']) {
      expect(errors(`${kind} { x }`)).toEqual([expect.stringMatching(new RegExp(`read-only.*not ${kind}s`))]);
    }
  });
});
