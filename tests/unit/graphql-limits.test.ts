import { parse, validate, getOperationAST } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { limitRules, operationCost } from '../../src/graphql/limits';
import { DEFAULT_QUERY_LIMITS } from '../../src/graphql/limits';
import { buildGraphSchema } from '../../src/schema';

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

  it('counts objects, multiplying by page sizes (default 20) and by the number of ids', () => {
    expect(cost('{ graphStats { nodeCount } }')).toBe(1);
    expect(cost('{ cities(first: 5) { totalCount nodes { id memberState { id } } } }')).toBe(1 + 5 + 5);
    expect(cost('{ cities { nodes { officers { nodes { id } } } } }')).toBe(1 + 20 + 20 + 400);
    expect(cost('query ($n: Int) { cities(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ nodes(ids: ["city:a", "city:b"]) { id sources { id } } }')).toBe(2 + 2);
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
});
