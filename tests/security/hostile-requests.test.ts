import { CONTENT_TYPES, ENDPOINTS, FRAMING, GETS, HEADERS, JSON_BODIES, METHODS } from './cases-http';
import type { HostileCase } from './cases-http';
import { DOCUMENTS, ENCODINGS, IDS_AND_NUMBERS, NULL_FOR_DEFAULTED, PARAMETERS, VARIABLES } from './cases-graphql';
import { sendRaw } from './raw-sockets';
import type { RawOutcome } from './raw-sockets';
import { HOSTILE_STRINGS, sdlSchema, stringSlots } from './schema-targets';
import {
  expectSafeReply,
  expectStillServing,
  graphChecksum,
  post,
  send,
  startSecurityServer,
  unexpectedErrorLines,
} from './support';
import type { GraphChecksum, Reply, SecurityServer } from './support';
import { describeHeaders } from './suite-headers';
import { describeLimitsBeingBuilt } from './suite-new-http';

/**
 * The built server as a hostile client meets it, at every endpoint and in
 * every string argument of every root field (complementing
 * `tests/e2e/hostile-input.test.ts`, which forges cursors and numeric bounds
 * on connections). Every answer: never a 5xx, every GraphQL error with a
 * code other than INTERNAL_SERVER_ERROR, nothing leaked, and the server
 * answers the next request. Afterwards the graph is unchanged.
 */

const schema = sdlSchema();
const TABLES: [string, HostileCase[]][] = [
  ['invalid JSON bodies', JSON_BODIES],
  ['content types', CONTENT_TYPES],
  ['methods', METHODS],
  ['GET and the CSRF preflight', GETS],
  ['endpoints and request targets', ENDPOINTS],
  ['headers', HEADERS],
  ['framing on a raw socket', FRAMING],
  ['request parameters', PARAMETERS],
  ['variable types', VARIABLES],
  ['explicit null for a non-null argument with a default', NULL_FOR_DEFAULTED(schema)],
  ['documents and limits', DOCUMENTS(schema)],
  ['sizes and encodings', ENCODINGS],
  ['ids and exploration numbers', IDS_AND_NUMBERS],
];
const SLOTS = stringSlots(schema);

/** A raw socket's answer as a Reply (status 0 when the server closed without answering). */
function replyOf(outcome: RawOutcome): Reply {
  const split = outcome.text.indexOf('\r\n\r\n');
  const head = split < 0 ? outcome.text : outcome.text.slice(0, split);
  const headers = Object.fromEntries(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  const text = split < 0 ? '' : Buffer.from(outcome.text.slice(split + 4), 'latin1').toString('utf8');
  return { status: outcome.status, headers, text, ...(outcome.status === 0 ? { closed: 'closed' } : {}) };
}

describe('hostile requests against the built server', () => {
  let server: SecurityServer;
  let before: GraphChecksum;
  /** Every hostile case run, with its answer's status and headers (for the header checks). */
  const answered: { name: string; reply: Reply }[] = [];
  let cases = 0;
  const port = (): number => server.port;

  beforeAll(async () => {
    server = await startSecurityServer();
    before = await graphChecksum(server.port);
  }, 120_000);

  afterAll(async () => {
    console.log(`hostile-requests: ${cases} hostile cases run`);
    await server?.stop();
  });

  async function run(testCase: HostileCase): Promise<Reply> {
    const reply =
      testCase.raw !== undefined
        ? replyOf(await sendRaw(port(), testCase.raw))
        : await send(port(), testCase.request ?? {});
    cases += 1;
    // Answers of Node's own parser (oversized heads, broken framing) never reach the application.
    if (reply.status !== 0 && testCase.mayClose !== true) answered.push({ name: testCase.name, reply });
    const allowed = testCase.allowInBody;
    expectSafeReply(
      testCase.name,
      allowed === undefined ? reply : { ...reply, text: reply.text.split(allowed).join('') },
      testCase,
    );
    await expectStillServing(port(), testCase.name);
    return reply;
  }

  describe.each(TABLES)('%s', (_table, table) => {
    it.each(table.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
      await run(testCase);
    });
  });

  it('refuses a batch without executing any of its operations', async () => {
    const reply = await post(port(), [{ query: '{ graphStats { nodeCount } }' }, { query: '{ __typename }' }]);
    cases += 1;
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.text).not.toContain('nodeCount');
  });

  describe('Cypher- and full-text-looking strings in every string argument of every root field', () => {
    it('covers every root field that takes a string or an id', () => {
      const fields = new Set(SLOTS.map((s) => s.name.slice(0, s.name.indexOf('('))));
      expect(fields.size).toBeGreaterThanOrEqual(35);
      expect([...fields]).toEqual(expect.arrayContaining(['search', 'node', 'nodes', 'subgraph', 'timeline']));
    });
    it.each(SLOTS.map((s) => [s.name, s] as const))('%s', async (_name, slot) => {
      for (const value of HOSTILE_STRINGS) {
        const name = `${slot.name} = ${JSON.stringify(value)}`;
        const reply = await post(port(), { query: slot.query, variables: slot.variables(value) });
        cases += 1;
        answered.push({ name, reply });
        expectSafeReply(name, reply);
        // The argument reached the resolver: the answer is data or a coded client error, not a document error.
        expect({ name, status: reply.status }).toEqual({ name, status: 200 });
        await expectStillServing(port(), name);
      }
    });
  });

  describeHeaders(port, () => answered);
  describeLimitsBeingBuilt(port, () => (cases += 1));

  describe('afterwards', () => {
    it('left the graph unchanged', async () => {
      const after = await graphChecksum(port());
      expect(after).toEqual(before);
      expect(before.nodeCount).toBe(194);
      expect(before.relationshipCount).toBe(377);
    });

    it('is still alive', () => {
      expect(server.alive()).toBe(true);
    });

    it('logged no unexpected error', () => {
      expect(unexpectedErrorLines(server.process.output())).toEqual([]);
    });

    it(`ran at least 150 hostile cases`, () => {
      console.log(`hostile-requests: ${cases} hostile cases run`);
      expect(cases).toBeGreaterThanOrEqual(150);
    });
  });
});
