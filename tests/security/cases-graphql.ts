import { isNonNullType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { clique, fanOut, repeated } from '../support/hostile-documents';
import type { HostileCase } from './cases-http';
import { deepQuery, requiredArguments, rootFields, selectionFor } from './schema-targets';
import type { RawRequest } from './support';

/**
 * Hostile GraphQL requests: malformed request parameters, wrong variable
 * types, unknown fields and arguments, documents past the limits and
 * fragment bombs, huge and badly encoded strings, forged ids and numbers
 * out of range on the exploration fields.
 */

const body = (payload: unknown): RawRequest => ({
  method: 'POST',
  path: '/',
  headers: { 'content-type': 'application/json' },
  body: typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload),
});
const refuse = (name: string, payload: unknown): HostileCase => ({ name, request: body(payload), refused: true });
const answer = (name: string, payload: unknown): HostileCase => ({ name, request: body(payload) });
const vars = (query: string, variables: unknown): { query: string; variables: unknown } => ({ query, variables });

export const PARAMETERS: HostileCase[] = [
  refuse('no query', { variables: {} }),
  refuse('query a number', { query: 42 }),
  refuse('query an object', { query: { kind: 'Document' } }),
  refuse('query null', { query: null }),
  refuse('query an array', { query: ['{ __typename }'] }),
  refuse('query true', { query: true }),
  refuse('query empty', { query: '' }),
  refuse('query whitespace', { query: ' \n\t ' }),
  refuse('query only a comment', { query: '# nothing here' }),
  refuse('variables a string', { query: '{ __typename }', variables: '{}' }),
  refuse('variables an array', { query: '{ __typename }', variables: [1, 2] }),
  refuse('variables a number', { query: '{ __typename }', variables: 7 }),
  refuse('operationName not matching', { query: 'query A { __typename }', operationName: 'B' }),
  refuse('operationName a number', { query: '{ __typename }', operationName: 5 }),
  refuse('operationName an object', { query: '{ __typename }', operationName: { a: 1 } }),
  refuse('two operations and no operationName', { query: 'query A { __typename } query B { __typename }' }),
  refuse('extensions a string', { query: '{ __typename }', extensions: 'garbage' }),
  refuse('extensions an array', { query: '{ __typename }', extensions: [1] }),
  refuse('persistedQuery a string', { query: '{ __typename }', extensions: { persistedQuery: 'x' } }),
  refuse('a persisted query hash without a query', {
    extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
  }),
];

const CITY_LIST = 'query ($n: Int) { cities(first: $n) { totalCount } }';
const NODES = 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename } }';
const SEARCH = 'query ($t: String!) { search(text: $t) { totalCount } }';

export const VARIABLES: HostileCase[] = [
  refuse('a String for an Int', vars(CITY_LIST, { n: '10' })),
  refuse('a Float for an Int', vars(CITY_LIST, { n: 1.5 })),
  refuse('an Int above 32 bits', vars(CITY_LIST, { n: 2 ** 31 })),
  refuse('an object for an Int', vars(CITY_LIST, { n: { valueOf: 3 } })),
  refuse('an object for a list', vars(NODES, { ids: { 0: 'city:hanoi' } })),
  refuse('null for a non-null list', vars(NODES, { ids: null })),
  refuse('a null inside a list of non-null ids', vars(NODES, { ids: ['city:hanoi', null] })),
  refuse('a nested list for a list of ids', vars(NODES, { ids: [['city:hanoi']] })),
  refuse('a required variable missing', vars(NODES, {})),
  refuse('a Boolean for a String', vars(SEARCH, { t: true })),
  refuse('a list for an ID', vars('query ($id: ID!) { node(id: $id) { id } }', { id: ['city:hanoi'] })),
  refuse('an unknown enum value', vars('query ($o: CityOrder) { cities(orderBy: $o) { totalCount } }', { o: 'DROP' })),
  refuse(
    'an enum value in lower case',
    vars('query ($o: CityOrder) { cities(orderBy: $o) { totalCount } }', { o: 'name_asc' }),
  ),
  refuse(
    'an unknown filter field',
    vars('query ($f: CityFilter) { cities(filter: $f) { totalCount } }', { f: { nope: 1 } }),
  ),
  refuse('a string for a filter', vars('query ($f: CityFilter) { cities(filter: $f) { totalCount } }', { f: 'pilot' })),
  refuse('a variable of an unknown type', vars('query ($x: Nope) { __typename }', { x: 1 })),
  refuse('a variable declared twice', vars('query ($x: Int, $x: Int) { cities(first: $x) { totalCount } }', { x: 1 })),
  refuse('an undeclared variable', vars('{ cities(first: $n) { totalCount } }', { n: 1 })),
  refuse('a variable of an output type', vars('query ($c: City) { __typename }', { c: {} })),
  answer('one id where a list is expected (coerced)', vars(NODES, { ids: 'city:hanoi' })),
];

export const DOCUMENTS = (schema: GraphQLSchema): HostileCase[] => [
  refuse('an unknown root field', { query: '{ nope }' }),
  refuse('an unknown nested field', { query: '{ cities { nodes { password } } }' }),
  refuse('an unknown argument', { query: '{ cities(nope: 1) { totalCount } }' }),
  refuse('a missing required argument id', { query: '{ city { id } }' }),
  refuse('a missing required argument text', { query: '{ search { totalCount } }' }),
  refuse('a String literal for first', { query: '{ cities(first: "ten") { totalCount } }' }),
  refuse('an object without a selection', { query: '{ cities }' }),
  refuse('a selection on a scalar', { query: '{ graphStats { nodeCount { x } } }' }),
  refuse('a syntax error', { query: '{ cities(' }),
  refuse('an unknown directive', { query: '{ __typename @nope }' }),
  refuse('@include without if', { query: '{ __typename @include }' }),
  refuse('@skip with a String', { query: '{ __typename @skip(if: "yes") }' }),
  refuse('a fragment on an unknown type', { query: '{ ...F } fragment F on Nope { id }' }),
  refuse('an unused fragment', { query: '{ __typename } fragment F on Query { __typename }' }),
  refuse('a spread of an unknown fragment', { query: '{ ...Missing }' }),
  refuse('circular fragments A and B', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
  refuse('a fragment spreading itself', { query: '{ ...A } fragment A on Query { __typename ...A }' }),
  refuse('a three-fragment cycle', {
    query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }',
  }),
  answer('nesting at the depth limit (8)', { query: deepQuery(schema, 7) }),
  refuse('nesting one past the depth limit (9)', { query: deepQuery(schema, 8) }),
  refuse('nesting 30 levels deep', { query: deepQuery(schema, 30) }),
  refuse('5000 nested selection sets', { query: `${'{ a '.repeat(5000)}${'}'.repeat(5000)}` }),
  refuse('nested introspection beyond the depth limit', {
    query: `{ __schema { types { ${'fields { type { ofType { '.repeat(6)}name${' } } }'.repeat(6)} } } }`,
  }),
  refuse('16 aliases', { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
  refuse('200 aliases of graphStats', {
    query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: graphStats { nodeCount }`).join(' ')} }`,
  }),
  refuse('51 directives', { query: `{ __typename ${'@include(if: true) '.repeat(51)}}` }),
  refuse('more than 1000 tokens', { query: `{ ${Array.from({ length: 600 }, (_, i) => `f${i}`).join(' ')} }` }),
  refuse('a fan-out of 22 levels on Query', { query: fanOut(22) }),
  refuse('a fan-out of 30 levels under __schema', { query: fanOut(30, '__Schema') }),
  refuse('a clique of 11 fragments on Query', { query: clique(11) }),
  refuse('a clique of 13 fragments under __schema', { query: clique(13, '__Schema') }),
  refuse('graphStats repeated 300 times', { query: repeated(300) }),
  refuse('__typename repeated 300 times', { query: `{ ${'__typename '.repeat(300)}}` }),
  refuse('a mutation with a variable default', { query: 'mutation ($x: Int = 1) { __typename }' }),
];

/** Strings close to the body limit, and bytes that are not text. */
const MB = 'm'.repeat(900_000);
const utf8 = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

export const ENCODINGS: HostileCase[] = [
  {
    name: 'a 20 MB body',
    request: body('{"query":"{ __typename }","x":"'.padEnd(20_000_000, 'z')),
    refused: true,
    mayClose: true,
  },
  {
    name: 'a 20 MB chunked body',
    request: {
      ...body(Buffer.alloc(20_000_000, 0x20)),
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    },
    refused: true,
    mayClose: true,
  },
  {
    name: 'a body just over 1 MB',
    request: body(`{"query":"{ __typename }","x":"${'y'.repeat(1_000_100)}"}`),
    refused: true,
    mayClose: true,
  },
  answer('a 900 KB search text', vars(SEARCH, { t: MB })),
  answer('a 900 KB id', vars('query ($id: ID!) { node(id: $id) { id } }', { id: MB })),
  answer(
    'a 900 KB name filter',
    vars('query ($f: CityFilter) { cities(filter: $f) { totalCount } }', { f: { nameContains: MB } }),
  ),
  refuse('a 900 KB cursor', vars('query ($a: String) { cities(after: $a) { totalCount } }', { a: MB })),
  answer('a 100 KB search text', vars(SEARCH, { t: 'hanoi '.repeat(17_000) })),
  refuse('a 900 KB string literal in the query', { query: `{ search(text: "${MB}") { totalCount } }` }),
  answer(
    'invalid UTF-8 inside a string',
    utf8(
      '{"query":"query ($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"',
      [0xff, 0xfe, 0xc3],
      '"}}',
    ),
  ),
  answer('an overlong UTF-8 slash in an id', utf8('{"query":"{ node(id: \\"city:', [0xc0, 0xaf], 'x\\") { id } }"}')),
  refuse('invalid UTF-8 between JSON tokens', utf8('{"query":', [0xff, 0xff], '"{ __typename }"}')),
  answer('invalid UTF-8 in the query text', utf8('{"query":"{ __typename } # ', [0xed, 0xa0, 0x80], '"}')),
  answer(
    'a lone surrogate in a search text',
    '{"query":"query ($t: String!) { search(text: $t) { totalCount } }","variables":{"t":"\\ud800"}}',
  ),
  answer(
    'a lone surrogate in an id',
    '{"query":"query ($id: ID!) { node(id: $id) { id } }","variables":{"id":"city:\\udfff"}}',
  ),
  answer('a lone surrogate in a query comment', '{"query":"{ __typename } # \\ud800"}'),
  answer('a lone surrogate in a string literal', '{"query":"{ search(text: \\"\\ud800\\") { totalCount } }"}'),
  answer('a null byte in a search text', vars(SEARCH, { t: 'ha\u0000noi' })),
  answer('a null byte in an id', vars('query ($id: ID!) { node(id: $id) { id } }', { id: 'city:hanoi\u0000' })),
  refuse('a null byte in the query text', { query: '{ __typename \u0000 }' }),
  answer('a null byte in a string literal', { query: '{ search(text: "a\u0000b") { totalCount } }' }),
  answer('a zero-width and RTL override text', vars(SEARCH, { t: '\u200b\u202ehanoi\u202c\ufeff' })),
];

const ID = 'query ($id: ID!) { node(id: $id) { id } }';
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i));
const explore = (field: string, args: string): string => `{ ${field}(${args}) { __typename truncated } }`;

export const IDS_AND_NUMBERS: HostileCase[] = [
  answer('node of an id that does not exist', vars(ID, { id: 'city:does-not-exist' })),
  answer('node of a path traversal id', vars(ID, { id: '../../etc/passwd' })),
  answer('node of a 10 KB id', vars(ID, { id: `city:${'x'.repeat(10_240)}` })),
  answer('node of an empty id', vars(ID, { id: '' })),
  answer('node of an id with only a prefix', vars(ID, { id: 'city:' })),
  answer('node of an id with an unknown prefix', vars(ID, { id: 'user:admin' })),
  refuse('neighborhood of an id that does not exist', { query: explore('neighborhood', 'id: "city:does-not-exist"') }),
  refuse('subgraph with an empty id', { query: explore('subgraph', 'ids: [""]') }),
  refuse('nodes of 100,000 ids', vars(NODES, { ids: ids(100_000) })),
  refuse(
    'subgraph of 100,000 ids',
    vars('query ($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', { ids: ids(100_000) }),
  ),
  answer(
    'shortestPath excluding 100,000 ids',
    vars('query ($x: [ID!]) { shortestPath(from: "city:hanoi", to: "city:jakarta", exclude: $x) { truncated } }', {
      x: ids(100_000),
    }),
  ),
  refuse('neighborhood depth -1', { query: explore('neighborhood', 'id: "city:hanoi", depth: -1') }),
  refuse('neighborhood depth 0', { query: explore('neighborhood', 'id: "city:hanoi", depth: 0') }),
  refuse('neighborhood depth 4', { query: explore('neighborhood', 'id: "city:hanoi", depth: 4') }),
  refuse('neighborhood depth 2^31-1', { query: explore('neighborhood', 'id: "city:hanoi", depth: 2147483647') }),
  refuse('neighborhood depth 2^31', { query: explore('neighborhood', 'id: "city:hanoi", depth: 2147483648') }),
  refuse('neighborhood limit -1', { query: explore('neighborhood', 'id: "city:hanoi", limit: -1') }),
  answer('neighborhood limit 2^31-1', { query: explore('neighborhood', 'id: "city:hanoi", limit: 2147483647') }),
  refuse('shortestPath maxHops -1', {
    query: explore('shortestPath', 'from: "city:hanoi", to: "city:jakarta", maxHops: -1'),
  }),
  refuse('shortestPath maxHops 7', {
    query: explore('shortestPath', 'from: "city:hanoi", to: "city:jakarta", maxHops: 7'),
  }),
  refuse('allShortestPaths maxHops 2^31-1', {
    query: explore('allShortestPaths', 'from: "city:hanoi", to: "city:jakarta", maxHops: 2147483647'),
  }),
  refuse('allShortestPaths limit -1', {
    query: explore('allShortestPaths', 'from: "city:hanoi", to: "city:jakarta", limit: -1'),
  }),
  answer('allShortestPaths limit 2^31-1', {
    query: explore('allShortestPaths', 'from: "city:hanoi", to: "city:jakarta", limit: 2147483647'),
  }),
  refuse('timeline limit -1', { query: '{ timeline(limit: -1) { __typename } }' }),
  answer('timeline limit 2^31-1', { query: '{ timeline(limit: 2147483647) { __typename } }' }),
  refuse('timeline from after to, both forged', { query: '{ timeline(from: "9999-99-99", to: "-1") { __typename } }' }),
  refuse('search first -2^31', { query: '{ search(text: "city", first: -2147483648) { totalCount } }' }),
];

/**
 * A nullable variable may stand for a non-null argument that has a default
 * (`depth: Int! = 1`); sent as an explicit null it is the client's mistake,
 * to be answered with a client error, never an internal one.
 */
export const NULL_FOR_DEFAULTED = (schema: GraphQLSchema): HostileCase[] =>
  rootFields(schema).flatMap((field) =>
    field.args
      .filter((arg) => isNonNullType(arg.type) && arg.defaultValue !== undefined)
      .map((arg) => {
        const args = [`${arg.name}: $v`, ...requiredArguments(field, [arg.name])].join(', ');
        const type = isNonNullType(arg.type) ? String(arg.type.ofType) : String(arg.type);
        const query = `query ($v: ${type}) { ${field.name}(${args}) ${selectionFor(field.type)} }`;
        return refuse(`${field.name}(${arg.name}: $v) with $v null`, { query, variables: { v: null } });
      }),
  );
