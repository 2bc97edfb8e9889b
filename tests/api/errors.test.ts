import { AppError, ErrorCode } from '../../src/errors';
import type { GraphDatabase } from '../../src/db';
import type { Logger } from '../../src/logger';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

const LEAK = 'Binder exception: Cannot find property secret for n. MATCH (n:Metric) RETURN n.secret';

/** Fails two queries the way an engine would, to see what reaches the caller. */
function failing(db: GraphDatabase): GraphDatabase {
  return {
    ...db,
    engine: db.engine,
    read: (query, params) => {
      if (query === 'nodes/metric/by-ids') return Promise.reject(new Error(LEAK));
      if (query === 'nodes/person/list-by-name-asc')
        return Promise.reject(new AppError(ErrorCode.TIMEOUT, `timed out (in ${query}: MATCH (n:Person) RETURN n)`));
      return db.read(query, params);
    },
  };
}

describe('errors', () => {
  let api: TestApi;
  const logged: { message: string; fields: Record<string, unknown> }[] = [];
  const logger: Logger = {
    error: (message, fields = {}) => logged.push({ message, fields }),
    warn: () => undefined,
    info: () => undefined,
    debug: () => undefined,
  };
  beforeAll(async () => {
    api = await startTestApi({ wrapDb: failing, logger, config: { reportQueryStats: true } });
  });
  afterAll(() => api.close());

  const codeOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const body = await api.post(query, variables);
    return body.errors?.map((e) => ({
      code: e.extensions?.code,
      argument: e.extensions?.argument,
      path: e.path,
      message: e.message,
    }));
  };

  it('returns null for an unknown id, with no error', async () => {
    const body = await api.post('{ node(id: "city:atlantis") { id } city(id: "city:atlantis") { id } }');
    expect(body).toMatchObject({ status: 200, data: { node: null, city: null } });
    expect(body.errors).toBeUndefined();
  });

  it('puts null and a NOT_FOUND error at the path of each unknown id in nodes(ids)', async () => {
    const body = await api.post('{ nodes(ids: ["state:th", "city:atlantis", "city:cebu-city"]) { id } }');
    expect(body.data).toEqual({ nodes: [{ id: 'state:th' }, null, { id: 'city:cebu-city' }] });
    expect(body.errors?.map((e) => [e.extensions?.code, e.path, e.extensions?.id])).toEqual([
      ['NOT_FOUND', ['nodes', 1], 'city:atlantis'],
    ]);
  });

  it.each([
    ['{ node(id: "Cebu City") { id } }', 'id'],
    ['{ node(id: "planet:mars") { id } }', 'id'],
    ['{ city(id: "state:th") { id } }', 'id'],
    ['{ nodes(ids: ["state:th", "nope"]) { id } }', 'ids'],
    [`{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"city:c${i}"`).join(',')}]) { id } }`, 'ids'],
    ['{ cities(first: 101) { totalCount } }', 'first'],
    ['{ cities(first: -1) { totalCount } }', 'first'],
    ['{ city(id: "city:cebu-city") { officers(first: 500) { totalCount } } }', 'first'],
    ['{ cities(after: "not-a-cursor") { totalCount } }', 'after'],
    ['{ meetings(filter: { dateFrom: "July 2019" }) { totalCount } }', 'filter.dateFrom'],
    ['{ cities(filter: { memberState: "Thailand" }) { totalCount } }', 'filter.memberState'],
    ['{ cities(filter: { memberState: "city:bangkok" }) { totalCount } }', 'filter.memberState'],
  ])('rejects %s as BAD_USER_INPUT naming %s', async (query, argument) => {
    const errors = await codeOf(query);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(errors?.[0]?.message).toContain(argument.split('.').pop());
  });

  it('reports schema mistakes as validation errors with status 400', async () => {
    const body = await api.post('{ cities(orderBy: SIZE) { nodes { population } } }');
    expect(body.status).toBe(400);
    expect(body.errors?.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  });

  it('masks unexpected errors, keeps the rest of the data, and logs the cause with the request id', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ metric(id: "metric:asean-population") { id } memberStates { totalCount } }' }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as {
      data: { metric: null; memberStates: { totalCount: number } };
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.data).toEqual({ metric: null, memberStates: { totalCount: 10 } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.message).toBe('Unexpected error.');
    expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    for (const leak of ['MATCH', 'Binder', 'secret', 'stacktrace', '.ts:']) expect(text).not.toContain(leak);
    const requestId = body.errors[0]?.extensions.requestId;
    expect(res.headers.get('x-request-id')).toBe(requestId);
    expect(logged.find((l) => l.fields.requestId === requestId)?.message).toContain('Cannot find property secret');
  });

  it('reports a database timeout with its code and a fixed message', async () => {
    const errors = await codeOf('{ people { totalCount } }');
    expect(errors).toEqual([
      { code: 'TIMEOUT', argument: undefined, path: ['people'], message: expect.stringContaining('time limit') },
    ]);
    expect(JSON.stringify(errors)).not.toContain('MATCH');
  });

  it('keeps a request id the client sends, and reports query statistics when the server is told to', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'researcher-42' },
      body: JSON.stringify({ query: '{ node(id: "city:nowhere-at-all") { id } }' }),
    });
    expect(res.headers.get('x-request-id')).toBe('researcher-42');
    const body = (await res.json()) as { extensions?: { queryStats?: { roundTrips: number } } };
    expect(body.extensions?.queryStats?.roundTrips).toBe(1);
  });
});
