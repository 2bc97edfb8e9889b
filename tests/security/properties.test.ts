import fc from 'fast-check';
import { isNonNullType } from 'graphql';
import type { GraphQLField, GraphQLInputType } from 'graphql';
import { documentArb, inputValue } from './arbitraries';
import { rootFields, sdlSchema, selectionFor } from './schema-targets';
import {
  expectSafeReply,
  expectStillServing,
  graphChecksum,
  post,
  startSecurityServer,
  unexpectedErrorLines,
} from './support';
import type { GraphChecksum, SecurityServer } from './support';

/**
 * Property-based hostile input: generated argument values for every root
 * field, sent as variables, and generated query documents walked from the
 * schema. Every answer: never a 5xx, never INTERNAL_SERVER_ERROR, every error
 * with a code, nothing leaked, the server alive. Reproducible: a fixed seed
 * and bounded runs (a failure prints its seed and path for `fc.assert`).
 */

const SEED = 20_260_512;
const RUNS_PER_FIELD = 40;
const DOCUMENT_RUNS = 150;
const schema = sdlSchema();
const FIELDS = rootFields(schema);

/** The variable type of an argument: nullable where the argument has a default, so the value may be left out. */
const variableType = (field: GraphQLField<unknown, unknown>, name: string): GraphQLInputType => {
  const arg = field.args.find((a) => a.name === name);
  if (arg === undefined) throw new Error(`${field.name} has no argument ${name}`);
  return arg.defaultValue !== undefined && isNonNullType(arg.type) ? arg.type.ofType : arg.type;
};

/** `query ($a: T, …) { field(a: $a, …) { … } }` for every argument of `field`. */
function operationFor(field: GraphQLField<unknown, unknown>): string {
  const selection = selectionFor(field.type);
  if (field.args.length === 0) return `query { ${field.name} ${selection} }`;
  const declared = field.args.map((a) => `$${a.name}: ${String(variableType(field, a.name))}`).join(', ');
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `query (${declared}) { ${field.name}(${passed}) ${selection} }`;
}

/** Variables for every argument: required ones always present, the others now and then left out. */
function variablesFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(field.args.map((a) => [a.name, inputValue(variableType(field, a.name))]));
  const requiredKeys = field.args.filter((a) => isNonNullType(variableType(field, a.name))).map((a) => a.name);
  return fc.record(model, { requiredKeys });
}

describe('hostile input properties against the built server', () => {
  let server: SecurityServer;
  let before: GraphChecksum;
  let runs = 0;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    server = await startSecurityServer();
    before = await graphChecksum(server.port);
  }, 120_000);

  afterAll(async () => {
    console.log(`properties: ${runs} generated requests; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    await server?.stop();
  });

  async function sendAndCheck(name: string, body: unknown): Promise<void> {
    const reply = await post(server.port, body);
    runs += 1;
    statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    expectSafeReply(name, reply);
    expect({ name, alive: server.alive() }).toEqual({ name, alive: true });
  }

  describe('generated arguments for every root field, sent as variables', () => {
    it('covers every root field of the schema', () => {
      expect(FIELDS.length).toBeGreaterThanOrEqual(40);
    });

    it.each(FIELDS.map((f) => [f.name, f] as const))('%s', async (name, field) => {
      const query = operationFor(field);
      await fc.assert(
        fc.asyncProperty(variablesFor(field), async (variables) => {
          await sendAndCheck(name, { query, variables });
        }),
        { seed: SEED, numRuns: field.args.length === 0 ? 5 : RUNS_PER_FIELD, endOnFailure: true },
      );
      await expectStillServing(server.port, name);
    });
  });

  describe('generated query documents', () => {
    it('walks the schema with random depth, aliases, arguments and directives', async () => {
      const seen = { answered: 0, refused: 0 };
      await fc.assert(
        fc.asyncProperty(documentArb(schema), async (query) => {
          const reply = await post(server.port, { query });
          runs += 1;
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
          const errors = expectSafeReply(query.slice(0, 300), reply);
          seen[errors.length === 0 ? 'answered' : 'refused'] += 1;
          expect(server.alive()).toBe(true);
        }),
        { seed: SEED, numRuns: DOCUMENT_RUNS, endOnFailure: true },
      );
      // Both kinds occur, so the generator reaches past validation as well as into the limits.
      expect(seen.answered).toBeGreaterThan(DOCUMENT_RUNS / 10);
      expect(seen.refused).toBeGreaterThan(DOCUMENT_RUNS / 10);
      await expectStillServing(server.port, 'generated documents');
    });
  });

  describe('afterwards', () => {
    it('left the graph unchanged and is still alive', async () => {
      expect(await graphChecksum(server.port)).toEqual(before);
      expect(server.alive()).toBe(true);
    });

    it('logged no unexpected error', () => {
      expect(unexpectedErrorLines(server.process.output())).toEqual([]);
    });

    it('ran the planned number of generated requests', () => {
      const planned = FIELDS.reduce((n, f) => n + (f.args.length === 0 ? 5 : RUNS_PER_FIELD), 0) + DOCUMENT_RUNS;
      console.log(`properties: ${runs} of ${planned} planned generated requests`);
      expect(runs).toBe(planned);
    });
  });
});
