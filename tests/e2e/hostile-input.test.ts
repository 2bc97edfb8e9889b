import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { encodeCursor } from '../../src/graphql/cursor';
import { buildGraphSchema } from '../../src/graphql/schema/build-schema';
import { startServerProcess, waitForUrl } from '../support/server-process';
import { clique, fanOut, repeated } from '../support/hostile-documents';
import type { ServerProcess } from '../support/server-process';

/**
 * The built server as a hostile client meets it: every forged cursor form on
 * every list and relationship connection, every numeric argument at and
 * beyond its bounds, fragment bombs, the cost bypass through a variable
 * default, and operations the API does not serve. After each field's batch
 * the process must still be alive and healthy; no request may be answered
 * with a 5xx or `INTERNAL_SERVER_ERROR`. (On the code before keyset cursors,
 * the first forged offset of 99,999,999 killed the process.)
 */

interface Reply {
  readonly status: number;
  readonly errors: { message: string; extensions?: { code?: string; argument?: string } }[];
  readonly data?: Record<string, unknown> | null;
}

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The offsets of the reproduction, as the old cursor format spelled them. */
const OFFSETS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '10000',
  '99999999',
  '2147483648',
  '9007199254740991',
  '9007199254740992',
  '9223372036854775808',
];

/** A query that reaches `field` with `$v` as its argument `argument`, with a root list in front when nested. */
interface Target {
  readonly name: string;
  readonly query: (argument: string, type: string) => string;
}

function connectionTargets(schema: GraphQLSchema): Target[] {
  const root = Object.values(schema.getQueryType()?.getFields() ?? {});
  const lists = root.filter((f) => f.args.some((a) => a.name === 'after'));
  // `search` also needs its text.
  const required = (f: GraphQLField<unknown, unknown>): string =>
    f.args.some((a) => a.name === 'text') ? 'text: "city", ' : '';
  const targets: Target[] = lists.map((f) => ({
    name: f.name,
    query: (argument, type) =>
      `query ($v: ${type}) { ${f.name}(${required(f)}${argument}: $v) { totalCount edges { cursor } } }`,
  }));
  for (const list of lists) {
    const connection = getNamedType(list.type);
    const nodeType = isObjectType(connection) ? getNamedType(connection.getFields().nodes?.type) : undefined;
    if (!isObjectType(nodeType)) continue;
    for (const field of Object.values(nodeType.getFields())) {
      if (!field.args.some((a) => a.name === 'after')) continue;
      targets.push({
        name: `${nodeType.name}.${field.name}`,
        query: (argument, type) =>
          `query ($v: ${type}) { ${list.name}(first: 3) { nodes { ${field.name}(${argument}: $v) { totalCount edges { cursor } } } } }`,
      });
    }
  }
  return targets;
}

describe('hostile input against the built server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-'));
  let server: ServerProcess;
  let url = '';
  let schema: GraphQLSchema;
  const internal: string[] = [];

  beforeAll(async () => {
    schema = await buildGraphSchema();
    server = startServerProcess({ KUZU_PATH: path.join(dir, 'graph.kuzu'), PORT: '0' });
    url = await waitForUrl(server);
  }, 120_000);

  afterAll(async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function post(body: Record<string, unknown>): Promise<Reply> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<Reply, 'status'>;
    const reply = { status: response.status, errors: json.errors ?? [], data: json.data };
    if (reply.status >= 500 || reply.errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
      internal.push(`${JSON.stringify(body).slice(0, 300)} → ${reply.status} ${JSON.stringify(reply.errors[0])}`);
    }
    return reply;
  }

  async function expectAlive(after: string): Promise<void> {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`the server died after ${after}:\n${server.output().slice(-2000)}`);
    }
    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
  }

  it('answers every forged cursor on every connection with BAD_USER_INPUT naming `after`, and stays up', async () => {
    const targets = connectionTargets(schema);
    expect(targets.length).toBeGreaterThan(40);
    const real = async (query: string, pick: (data: Record<string, unknown>) => unknown): Promise<string> => {
      const reply = await post({ query });
      return String(pick(reply.data ?? {}));
    };
    const summitCursor = await real('{ summits(first: 1) { edges { cursor } } }', (d) => {
      return (d.summits as { edges: { cursor: string }[] }).edges[0]?.cursor;
    });
    const officerCursor = await real(
      '{ city(id: "city:kota-kinabalu") { officers(first: 1) { edges { cursor } } } }',
      (d) => (d.city as { officers: { edges: { cursor: string }[] } }).officers.edges[0]?.cursor,
    );
    const forms = [
      ...OFFSETS.map((n) => [`offset:${n}`, b64(`offset:${n}`)]),
      ['garbage base64', b64('\u0000\u00ff garbage')],
      ['not base64', '%%%'],
      ['empty', ''],
      ['10,000 characters', 'A'.repeat(10_000)],
      ['a summits cursor', summitCursor],
      ['a City.officers cursor', officerCursor],
    ] as const;
    for (const target of targets) {
      for (const [form, cursor] of forms) {
        if (
          (form === 'a summits cursor' && target.name === 'summits') ||
          (form === 'a City.officers cursor' && target.name === 'City.officers')
        ) {
          continue;
        }
        const reply = await post({ query: target.query('after', 'String'), variables: { v: cursor } });
        const described = `${target.name}(after: ${form})`;
        expect({ described, status: reply.status }).toEqual({ described, status: 200 });
        expect({ described, codes: [...new Set(reply.errors.map((e) => e.extensions?.code))] }).toEqual({
          described,
          codes: ['BAD_USER_INPUT'],
        });
        expect(reply.errors.every((e) => e.extensions?.argument === 'after')).toBe(true);
      }
      await expectAlive(`forged cursors on ${target.name}`);
    }
  });

  it('answers cursors forged with a valid checksum (the salt is public) with data or BAD_USER_INPUT', async () => {
    const cases: [string, string, string][] = [
      ['agreements', 'AMOUNT_ASC', encodeCursor('agreements:amount_asc', [1e300, 'agreement:x'])],
      ['agreements', 'AMOUNT_DESC', encodeCursor('agreements:amount_desc', [5e-324, 'agreement:x'])],
      ['agreements', 'AMOUNT_ASC', encodeCursor('agreements:amount_asc', [-1.7e308, 'agreement:x'])],
      ['chairmanships', 'YEAR_ASC', encodeCursor('chairmanships:year_asc', [2 ** 63, 'chair:x'])],
      ['chairmanships', 'YEAR_DESC', encodeCursor('chairmanships:year_desc', [-(2 ** 63), 'chair:x'])],
      ['chairmanships', 'YEAR_ASC', encodeCursor('chairmanships:year_asc', [1.5, 'chair:x'])],
      ['cities', 'NAME_ASC', encodeCursor('cities:name_asc', ['\ud800', 'city:x'])],
      ['cities', 'NAME_DESC', encodeCursor('cities:name_desc', ['x'.repeat(400), 'city:x'])],
      ['cities', 'NAME_ASC', encodeCursor('cities:name_asc', [null, 'city:zzz'])],
    ];
    for (const [list, order, cursor] of cases) {
      const reply = await post({
        query: `query ($c: String) { ${list}(after: $c, orderBy: ${order}) { totalCount nodes { id } } }`,
        variables: { c: cursor },
      });
      expect(reply.status).toBe(200);
      expect(reply.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    }
    for (const index of [99_999_999, Number.MAX_SAFE_INTEGER]) {
      const reply = await post({
        query:
          'query ($c: String) { city(id: "city:cebu-city") { officers(after: $c) { totalCount edges { cursor } } } }',
        variables: { c: encodeCursor('City.officers', index) },
      });
      expect(reply.errors).toEqual([]);
      expect(reply.data).toEqual({ city: { officers: { totalCount: 1, edges: [] } } });
    }
    await expectAlive('forged checksummed cursors');
    expect(internal).toEqual([]);
  });

  it('answers every numeric argument at and beyond its bounds with data or a client error, and stays up', async () => {
    const targets = connectionTargets(schema);
    const ints: unknown[] = [-1, 0, 100, 101, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53 - 1, 2 ** 53, 1.5, '10', null];
    for (const target of targets) {
      for (const value of ints) {
        const reply = await post({ query: target.query('first', 'Int'), variables: { v: value } });
        const inRange =
          value === null || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100);
        if (inRange)
          expect({ target: target.name, value, errors: reply.errors }).toEqual({
            target: target.name,
            value,
            errors: [],
          });
        else expect(reply.errors.length).toBeGreaterThan(0);
      }
      await expectAlive(`numeric arguments on ${target.name}`);
    }
    // Numbers inside filters: every Int and Float filter field of every list, at the edges of its type.
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      const filterArg = field.args.find((a) => a.name === 'filter');
      const input = filterArg === undefined ? undefined : getNamedType(filterArg.type);
      if (!isInputObjectType(input)) continue;
      for (const inputField of Object.values(input.getFields())) {
        const type = getNamedType(inputField.type).name;
        const values =
          type === 'Int' ? [-(2 ** 31), 2 ** 31 - 1, 2 ** 31] : type === 'Float' ? [-1e308, 1e308, 5e-324] : [];
        for (const value of values) {
          await post({
            query: `query ($f: ${input.name}) { ${field.name}(filter: $f) { totalCount } }`,
            variables: { f: { [inputField.name]: value } },
          });
        }
      }
      await expectAlive(`numeric filters on ${field.name}`);
    }
    expect(internal).toEqual([]);
  });

  it('refuses fragment bombs and the cost bypass at once, while a concurrent probe keeps being answered', async () => {
    let probing = true;
    const probeTimes: number[] = [];
    const probe = (async () => {
      while (probing) {
        const started = Date.now();
        const reply = await post({ query: '{ __typename }' });
        expect(reply.errors).toEqual([]);
        probeTimes.push(Date.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const bombs: [string, string, string][] = [
      ['fan-out of 22 levels', fanOut(22), 'LIMIT_EXCEEDED'],
      ['fan-out of 90 levels', fanOut(90), 'LIMIT_EXCEEDED'],
      ['clique of 11 fragments', clique(11), 'GRAPHQL_VALIDATION_FAILED'],
      ['fan-out of 26 levels under __schema', fanOut(26, '__Schema'), 'LIMIT_EXCEEDED'],
      ['fan-out of 90 levels under __schema', fanOut(90, '__Schema'), 'LIMIT_EXCEEDED'],
      ['clique of 13 fragments under __schema', clique(13, '__Schema'), 'GRAPHQL_VALIDATION_FAILED'],
      ['one field 245 times', repeated(245), 'LIMIT_EXCEEDED'],
      [
        'cost bypass through a variable default',
        'query($f:Int=100){ memberStates(first:$f){ nodes{ cities(first:$f){ nodes{ officers(first:$f){ edges{ node{ id } } } } } } } }',
        'LIMIT_EXCEEDED',
      ],
    ];
    const took: Record<string, number> = {};
    try {
      for (const [name, query, code] of bombs) {
        const started = Date.now();
        const reply = await post({ query });
        took[name] = Date.now() - started;
        expect({ name, status: reply.status, code: reply.errors[0]?.extensions?.code }).toEqual({
          name,
          status: 400,
          code,
        });
      }
    } finally {
      probing = false;
      await probe;
    }
    // Liveness, not speed: before this fix the 22-level fan-out held the server for 17 s and the
    // 90-level one for ever. The margins are wide for a loaded machine; the figures are in the note.
    for (const [name, ms] of Object.entries(took)) expect({ name, ms: ms < 2_000 }).toEqual({ name, ms: true });
    expect(probeTimes.length).toBeGreaterThan(0);
    expect(Math.max(...probeTimes)).toBeLessThan(2_000);
    await expectAlive('fragment bombs');
  });

  it('answers operations it does not serve with client errors, never an internal one', async () => {
    for (const kind of ['mutation', 'subscription']) {
      const reply = await post({ query: `${kind} { anything }` });
      expect(reply.status).toBe(400);
      expect(reply.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(reply.errors[0]?.message).toMatch(/read-only/);
    }
    const mismatch = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } },
    });
    expect({ status: mismatch.status, code: mismatch.errors[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'BAD_REQUEST',
    });
    const version = await post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } },
    });
    expect(version.errors[0]?.extensions?.code).toBe('BAD_REQUEST');
    await expectAlive('unsupported operations');
  });

  it('produced no 5xx and no INTERNAL_SERVER_ERROR, and logged no unexpected error', () => {
    expect(internal).toEqual([]);
    expect(server.output()).not.toMatch(/unexpected (HTTP )?error/);
  });
});
