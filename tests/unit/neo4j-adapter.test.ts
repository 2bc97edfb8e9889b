/**
 * The Neo4j adapter against a stand-in driver: no server can run here, so
 * these tests check what the adapter asks of the driver (sessions, access
 * modes, timeouts, parameter types, transactions) and what it makes of the
 * answers. The contract suite runs the real thing when NEO4J_URI is set.
 */
import { Neo4jError, Node, Record as Neo4jRecord, Relationship, int, isInt } from 'neo4j-driver';
import * as neo4jDriver from 'neo4j-driver';
import type { AppConfig } from '../../src/config';
import type { ScriptStatement } from '../../src/db/cypher-text';
import { openNeo4j } from '../../src/db/neo4j/neo4j-adapter';
import type { GraphDatabase } from '../../src/db/port';
import { loadQuery } from '../../src/db/query-files';
import { AppError, ErrorCode, StatementError } from '../../src/errors';

jest.mock('neo4j-driver', () => {
  const actual = jest.requireActual<Record<string, unknown>>('neo4j-driver');
  return { ...actual, driver: jest.fn() };
});

type Counters = Partial<
  Record<'nodesCreated' | 'nodesDeleted' | 'relationshipsCreated' | 'relationshipsDeleted' | 'propertiesSet', number>
>;
interface Answer {
  readonly keys?: string[];
  readonly rows?: unknown[][];
  readonly counters?: Counters;
}
type Responder = (text: string, params: Record<string, unknown>) => Answer;

interface Call {
  readonly kind: 'executeRead' | 'executeWrite' | 'begin';
  readonly session: { database?: string; defaultAccessMode?: string };
  readonly txConfig: unknown;
}

/** A stand-in for the driver, recording what the adapter does with it. */
class FakeDriver {
  respond: Responder = () => ({});
  /** When set, every query waits for it: lets a test hold work in flight. */
  gate: Promise<void> | undefined;
  readonly runs: { text: string; params: Record<string, unknown> }[] = [];
  readonly calls: Call[] = [];
  readonly txEnds: ('commit' | 'rollback')[] = [];
  openSessions = 0;
  readonly verifyConnectivity = jest.fn(async (_options?: { database?: string }) => ({}));
  readonly close = jest.fn(async () => undefined);

  constructor(
    readonly uri: string,
    readonly authToken: unknown,
    readonly config: Record<string, unknown>,
  ) {}

  session(sessionConfig: { database?: string; defaultAccessMode?: string }): unknown {
    this.openSessions += 1;
    const tx = {
      run: async (text: string, params: Record<string, unknown> = {}) => {
        this.runs.push({ text, params });
        await this.gate;
        const answer = this.respond(text, params);
        const stats = {
          nodesCreated: 0,
          nodesDeleted: 0,
          relationshipsCreated: 0,
          relationshipsDeleted: 0,
          propertiesSet: 0,
          ...answer.counters,
        };
        return {
          records: (answer.rows ?? []).map((fields) => new Neo4jRecord(answer.keys ?? [], fields)),
          summary: { counters: { updates: () => stats } },
        };
      },
      commit: async () => void this.txEnds.push('commit'),
      rollback: async () => void this.txEnds.push('rollback'),
      isOpen: () => true,
    };
    const managed = (kind: Call['kind']) => async (work: (t: typeof tx) => Promise<unknown>, txConfig: unknown) => {
      this.calls.push({ kind, session: sessionConfig, txConfig });
      return work(tx);
    };
    return {
      executeRead: managed('executeRead'),
      executeWrite: managed('executeWrite'),
      beginTransaction: async (txConfig: unknown) => {
        this.calls.push({ kind: 'begin', session: sessionConfig, txConfig });
        return tx;
      },
      close: async () => {
        this.openSessions -= 1;
      },
    };
  }
}

const createDriver = neo4jDriver.driver as unknown as jest.Mock;
let fake: FakeDriver;
let db: GraphDatabase | undefined;

const config = {
  engine: 'neo4j',
  neo4j: { uri: 'neo4j+s://graph.example.org', user: 'reader', password: 'secret', database: 'asean' },
  queryTimeoutMs: 5000,
} as AppConfig;

beforeEach(() => {
  createDriver.mockReset();
  createDriver.mockImplementation((uri: string, authToken: unknown, driverConfig: Record<string, unknown>) => {
    fake = new FakeDriver(uri, authToken, driverConfig);
    return fake;
  });
});

afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function open(): Promise<GraphDatabase> {
  db = await openNeo4j(config);
  fake.calls.length = 0;
  fake.runs.length = 0;
  return db;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected a rejection');
}

const q = (text: string, name = 'test/query') => ({ name, text });
const stmt = (text: string, line = 1): ScriptStatement => ({ text, line });

describe('openNeo4j', () => {
  it('creates the driver from the configured URI and credentials, and checks the database', async () => {
    await openNeo4j(config).then((opened) => (db = opened));
    expect(fake.uri).toBe('neo4j+s://graph.example.org');
    expect(fake.authToken).toMatchObject({ scheme: 'basic', principal: 'reader', credentials: 'secret' });
    expect(fake.config).toMatchObject({
      userAgent: expect.any(String),
      connectionAcquisitionTimeout: expect.any(Number),
      maxTransactionRetryTime: 5000,
    });
    expect(fake.verifyConnectivity).toHaveBeenCalledWith({ database: 'asean' });
    // The probe reads from the configured database, so an unknown name fails at start-up.
    expect(fake.calls).toEqual([
      {
        kind: 'executeRead',
        session: { database: 'asean', defaultAccessMode: 'READ', bookmarkManager: expect.anything() },
        txConfig: { timeout: 5000 },
      },
    ]);
    expect(fake.openSessions).toBe(0);
  });

  it('shares one bookmark manager across sessions, so reads follow earlier writes on a cluster', async () => {
    db = await openNeo4j(config);
    await db.write(q("MERGE (c:City {id: 'city:x'})"));
    await db.read(q('MATCH (c:City) RETURN count(c) AS n'));
    const managers = new Set(fake.calls.map((c) => (c.session as { bookmarkManager?: unknown }).bookmarkManager));
    expect(managers.size).toBe(1);
    expect([...managers][0]).toBeDefined();
  });

  it('opens anyway when the server cannot be reached yet: the driver connects once it answers', async () => {
    createDriver.mockImplementationOnce((uri: string, authToken: unknown, driverConfig: Record<string, unknown>) => {
      fake = new FakeDriver(uri, authToken, driverConfig);
      fake.verifyConnectivity.mockRejectedValueOnce(
        new Neo4jError(
          'Failed to connect to server. Please ensure … Caused by: connect ECONNREFUSED 10.0.0.5:7687',
          'ServiceUnavailable',
          '08000',
          'error',
        ),
      );
      return fake;
    });
    db = await openNeo4j(config);
    expect(fake.close).not.toHaveBeenCalled();
    const rows = await db.read(q('RETURN 1 AS ok'));
    expect(rows).toEqual([]);
  });

  it.each([
    [
      new Neo4jError(
        'The client is unauthorized due to authentication failure.',
        'Neo.ClientError.Security.Unauthorized',
        '42NFF',
        'error',
      ),
      /NEO4J_USER and NEO4J_PASSWORD/,
    ],
    [
      new Neo4jError(
        "Database does not exist. Database name: 'asean'.",
        'Neo.ClientError.Database.DatabaseNotFound',
        '22000',
        'error',
      ),
      /NEO4J_DATABASE/,
    ],
  ])(
    'fails fast with DATABASE_UNAVAILABLE naming the URI and the cause when waiting will not help (%#)',
    async (cause, reason) => {
      createDriver.mockImplementationOnce((uri: string, authToken: unknown, driverConfig: Record<string, unknown>) => {
        fake = new FakeDriver(uri, authToken, driverConfig);
        fake.verifyConnectivity.mockRejectedValueOnce(cause);
        return fake;
      });
      const error = await rejection(openNeo4j(config));
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect(error.message).toContain('neo4j+s://graph.example.org');
      expect(error.message).toMatch(reason);
      expect(error.message).not.toContain('\n');
      expect(fake.close).toHaveBeenCalled();
    },
  );
});

describe('read and write', () => {
  it('reads in a READ session on the configured database, with the query timeout', async () => {
    await open();
    fake.respond = () => ({ keys: ['id', 'count'], rows: [['city:hanoi', int(3)]] });
    const rows = await db!.read(q('MATCH (c:City {id: $id}) RETURN c.id AS id, 3 AS count'), { id: 'city:hanoi' });
    expect(rows).toStrictEqual([{ id: 'city:hanoi', count: 3 }]);
    expect(fake.calls).toEqual([
      {
        kind: 'executeRead',
        session: { database: 'asean', defaultAccessMode: 'READ', bookmarkManager: expect.anything() },
        txConfig: { timeout: 5000 },
      },
    ]);
    expect(fake.openSessions).toBe(0);
  });

  it('writes in a WRITE session through executeWrite', async () => {
    await open();
    await db!.write(q('MERGE (c:City {id: $id})'), { id: 'city:hue' });
    expect(fake.calls.map((c) => [c.kind, c.session.defaultAccessMode])).toEqual([['executeWrite', 'WRITE']]);
  });

  it('sends integer parameters as Neo4j integers so that SKIP and LIMIT accept them', async () => {
    await open();
    await db!.read(q('MATCH (c:City) WHERE c.pilot = $pilot RETURN c.id AS id SKIP $skip LIMIT $limit'), {
      skip: 20,
      limit: 10,
      pilot: true,
    });
    const sent = fake.runs[0]?.params ?? {};
    expect(isInt(sent.skip)).toBe(true);
    expect(isInt(sent.limit)).toBe(true);
    expect(sent.pilot).toBe(true);
  });

  it('returns no rows for an empty list parameter without asking the server', async () => {
    await open();
    expect(await db!.read(q('MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id'), { ids: [] })).toEqual([]);
    expect(fake.runs).toHaveLength(0);
  });

  it('refuses a missing or unused parameter as an internal error naming query and parameter', async () => {
    await open();
    const missing = await rejection(db!.read(q('RETURN $a AS a', 'demo/missing'), {}));
    expect(missing.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(missing.message).toMatch(/demo\/missing.*\$a/);
    const extra = await rejection(db!.read(q('RETURN 1 AS a', 'demo/extra'), { b: 1 }));
    expect(extra.message).toMatch(/demo\/extra.*\$b/);
    expect(fake.runs).toHaveLength(0);
  });

  it('maps driver errors to project errors and still closes the session', async () => {
    await open();
    fake.respond = () => {
      throw new Neo4jError("Invalid input 'RETRN'", 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
    };
    const error = await rejection(db!.read(q('RETRN 1', 'demo/broken')));
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
    expect(error.message).toContain('demo/broken');
    expect(fake.openSessions).toBe(0);
  });
});

/**
 * A graph the fake driver answers the adapter's readings from: each script
 * statement the test names changes it (the fake cannot run Cypher), and
 * every statement also returns the counters Neo4j would, which count
 * assignments whether or not they change a value.
 */
class FakeGraph {
  readonly nodes = new Map<string, Record<string, unknown>>();
  readonly rels = new Map<string, { type: string; from: string; to: string; props: Record<string, unknown> }>();
  readonly effects = new Map<string, (graph: FakeGraph) => void>();

  respond: Responder = (text) => {
    if (text === NODES_QUERY) {
      return {
        keys: ['id', 'node'],
        rows: [...this.nodes].map(([id, props], i) => [id, new Node(int(i), ['City'], props)]),
      };
    }
    if (text === RELATIONSHIPS_QUERY) {
      return {
        keys: ['source', 'target', 'rel'],
        rows: [...this.rels.values()].map(({ type, from, to, props }, i) => [
          from,
          to,
          new Relationship(int(i), int(0), int(1), type, props),
        ]),
      };
    }
    const effect = this.effects.get(text);
    if (effect === undefined) throw new Error(`the fake graph has no effect for ${text}`);
    effect(this);
    return { counters: { propertiesSet: 2 } };
  };
}

const NODES_QUERY = loadQuery('admin/snapshot-nodes', 'neo4j').text;
const RELATIONSHIPS_QUERY = loadQuery('admin/snapshot-relationships', 'neo4j').text;

describe('runScript', () => {
  const setA = "MERGE (c:City {id: 'city:a'}) SET c.name = 'A', c.sources = ['s']";
  const setB = "MERGE (c:City {id: 'city:b'}) SET c.name = 'B', c.position = 3";
  const link =
    "MATCH (a:City {id: 'city:a'}), (b:City {id: 'city:b'}) MERGE (a)-[r:PART_OF]->(b) SET r.sources = ['s']";
  let graph: FakeGraph;
  beforeEach(() => {
    graph = new FakeGraph();
    graph.effects.set(setA, (g) => void g.nodes.set('city:a', { id: 'city:a', name: 'A', sources: ['s'] }));
    graph.effects.set(setB, (g) => void g.nodes.set('city:b', { id: 'city:b', name: 'B', position: int(3) }));
    graph.effects.set(link, (g) => {
      g.rels.set('a-b', { type: 'PART_OF', from: 'city:a', to: 'city:b', props: { sources: ['s'] } });
    });
  });

  it('runs every batch in one transaction, reading the graph before and after each, and commits', async () => {
    await open();
    fake.respond = graph.respond;
    const done: number[] = [];
    const result = await db!.runScript([[stmt(setA), stmt(setB)], [stmt(link)]], {
      dryRun: false,
      onBatchDone: (index) => done.push(index),
    });
    expect(fake.runs.map((run) => run.text)).toEqual([
      NODES_QUERY,
      RELATIONSHIPS_QUERY,
      setA,
      setB,
      NODES_QUERY,
      RELATIONSHIPS_QUERY,
      link,
      NODES_QUERY,
      RELATIONSHIPS_QUERY,
    ]);
    expect(result.batches.map((batch) => batch.changes)).toEqual([
      [
        {
          change: 'created',
          entity: { kind: 'node', id: 'city:a' },
          properties: [
            { name: 'id', before: null, after: 'city:a' },
            { name: 'name', before: null, after: 'A' },
            { name: 'sources', before: null, after: ['s'] },
          ],
        },
        {
          change: 'created',
          entity: { kind: 'node', id: 'city:b' },
          properties: [
            { name: 'id', before: null, after: 'city:b' },
            { name: 'name', before: null, after: 'B' },
            // Neo4j's integers arrive as plain numbers.
            { name: 'position', before: null, after: 3 },
          ],
        },
      ],
      [
        {
          change: 'created',
          entity: { kind: 'relationship', type: 'PART_OF', from: 'city:a', to: 'city:b' },
          properties: [{ name: 'sources', before: null, after: ['s'] }],
        },
      ],
    ]);
    // Counted from the values, not from Neo4j's counters (which said 2 properties per statement).
    expect(result.batches.map((batch) => batch.counters)).toEqual([
      { nodesCreated: 2, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 6 },
      { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 1, relationshipsDeleted: 0, propertiesSet: 1 },
    ]);
    expect(done).toEqual([0, 1]);
    expect(fake.calls.map((c) => [c.kind, c.session.defaultAccessMode])).toEqual([['begin', 'WRITE']]);
    // Each statement and each of the six readings gets the per-query budget.
    expect(fake.calls[0]?.txConfig).toEqual({ timeout: (3 + 6) * 5000 });
    expect(fake.txEnds).toEqual(['commit']);
    expect(fake.openSessions).toBe(0);
  });

  it('reports nothing for statements that set values the graph already holds, though Neo4j counts them', async () => {
    await open();
    fake.respond = graph.respond;
    await db!.runScript([[stmt(setA), stmt(setB), stmt(link)]], { dryRun: false });
    const again = await db!.runScript([[stmt(setA), stmt(setB), stmt(link)]], { dryRun: false });
    expect(again.batches).toEqual([
      {
        counters: {
          nodesCreated: 0,
          nodesDeleted: 0,
          relationshipsCreated: 0,
          relationshipsDeleted: 0,
          propertiesSet: 0,
        },
        changes: [],
      },
    ]);
  });

  it('lists changed and removed property values of nodes and relationships', async () => {
    await open();
    fake.respond = graph.respond;
    await db!.runScript([[stmt(setA), stmt(setB), stmt(link)]], { dryRun: false });
    const edit = "MERGE (c:City {id: 'city:a'}) SET c.name = 'A2', c.sources = null";
    const note = "MATCH (:City {id: 'city:a'})-[r:PART_OF]->(:City {id: 'city:b'}) SET r.note = 'n'";
    graph.effects.set(edit, (g) => void g.nodes.set('city:a', { id: 'city:a', name: 'A2' }));
    graph.effects.set(note, (g) => {
      g.rels.set('a-b', { type: 'PART_OF', from: 'city:a', to: 'city:b', props: { sources: ['s'], note: 'n' } });
    });
    const result = await db!.runScript([[stmt(edit), stmt(note)]], { dryRun: true });
    expect(result.batches[0]?.changes).toEqual([
      {
        change: 'changed',
        entity: { kind: 'node', id: 'city:a' },
        properties: [
          { name: 'name', before: 'A', after: 'A2' },
          { name: 'sources', before: ['s'], after: null },
        ],
      },
      {
        change: 'changed',
        entity: { kind: 'relationship', type: 'PART_OF', from: 'city:a', to: 'city:b' },
        properties: [{ name: 'note', before: null, after: 'n' }],
      },
    ]);
    expect(result.batches[0]?.counters.propertiesSet).toBe(3);
  });

  it('rolls back instead of committing in a dry run, and still reports the changes', async () => {
    await open();
    fake.respond = graph.respond;
    const result = await db!.runScript([[stmt(setA)]], { dryRun: true });
    expect(result.batches[0]?.counters.nodesCreated).toBe(1);
    expect(result.batches[0]?.changes.map((c) => c.entity)).toEqual([{ kind: 'node', id: 'city:a' }]);
    expect(fake.txEnds).toEqual(['rollback']);
  });

  it('rolls back when a reading of the graph fails, naming the reading', async () => {
    await open();
    fake.respond = (text) => {
      if (text === RELATIONSHIPS_QUERY) {
        throw new Neo4jError(
          'The transaction has been terminated.',
          'Neo.TransientError.Transaction.Terminated',
          '25N05',
          'error',
        );
      }
      return graph.respond(text, {});
    };
    const error = await rejection(db!.runScript([[stmt(setA)]], { dryRun: false }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).not.toBeInstanceOf(StatementError);
    expect(error.message).toContain('admin/snapshot-relationships');
    expect(fake.txEnds).toEqual(['rollback']);
    expect(fake.openSessions).toBe(0);
  });

  it('applies the schema statement by statement without reading the graph', async () => {
    await open();
    await db!.applySchema();
    const texts = fake.runs.map((run) => run.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((text) => /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX)/.test(text))).toBe(true);
    expect(fake.txEnds.every((end) => end === 'commit')).toBe(true);
    expect(fake.calls).toHaveLength(texts.length);
  });

  it('rolls everything back at a failing statement and says which one failed', async () => {
    await open();
    fake.respond = (text) => {
      if (text.includes('city:dup')) {
        throw new Neo4jError(
          "Node(7) already exists with label `City` and property `id` = 'city:dup'",
          'Neo.ClientError.Schema.ConstraintValidationFailed',
          '22N41',
          'error',
        );
      }
      return {};
    };
    const error = await rejection(
      db!.runScript(
        [
          [stmt("MERGE (:City {id: 'city:a'})")],
          [stmt("CREATE (:City {id: 'city:b'})"), stmt("CREATE (:City {id: 'city:dup'})", 9)],
        ],
        {
          dryRun: false,
        },
      ),
    );
    expect(error).toBeInstanceOf(StatementError);
    expect((error as StatementError).batchIndex).toBe(1);
    expect((error as StatementError).statementIndex).toBe(1);
    expect(error.code).toBe(ErrorCode.CONSTRAINT_VIOLATION);
    expect(error.message).toContain('city:dup');
    expect(fake.txEnds).toEqual(['rollback']);
    expect(fake.openSessions).toBe(0);
  });

  it('refuses $parameters in script statements, before running anything', async () => {
    await open();
    const error = await rejection(db!.runScript([[stmt('MERGE (:City {id: $id})')]], { dryRun: false }));
    expect(error).toBeInstanceOf(StatementError);
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
    expect(fake.runs).toHaveLength(0);
  });
});

describe('close', () => {
  it('lets in-flight work finish, closes the driver once, and refuses new work', async () => {
    await open();
    let release: () => void = () => undefined;
    fake.gate = new Promise<void>((resolve) => (release = resolve));
    fake.respond = () => ({ keys: ['n'], rows: [[int(1)]] });
    const pending = db!.read(q('RETURN 1 AS n'));
    const closing = db!.close();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.close).not.toHaveBeenCalled();
    const refused = await rejection(db!.read(q('RETURN 1 AS n')));
    expect(refused.code).toBe(ErrorCode.DATABASE_CLOSED);
    release();
    expect(await pending).toEqual([{ n: 1 }]);
    await closing;
    await db!.close();
    expect(fake.close).toHaveBeenCalledTimes(1);
    db = undefined;
  });
});

describe('a read scope on Neo4j (one request)', () => {
  it('runs the reads of a request in one READ session and one transaction, and commits it once at the end', async () => {
    await open();
    fake.respond = (_text, params) => ({ keys: ['id'], rows: [[params.id]] });
    const deadline = Date.now() + 3000;
    const scope = db!.readScope(deadline);
    const answers = await Promise.all(
      ['city:hanoi', 'city:hue', 'city:da-nang'].map((id) =>
        scope.read(q('MATCH (c {id: $id}) RETURN c.id AS id'), { id }),
      ),
    );
    expect(answers.map((rows) => rows[0]?.id)).toEqual(['city:hanoi', 'city:hue', 'city:da-nang']);
    expect(fake.calls.map((c) => [c.kind, c.session.defaultAccessMode])).toEqual([['begin', 'READ']]);
    // The transaction may last what is left of the request's budget, never more than the query timeout.
    const timeout = (fake.calls[0]?.txConfig as { timeout: number }).timeout;
    expect(timeout).toBeGreaterThan(0);
    expect(timeout).toBeLessThanOrEqual(3000);
    expect(fake.runs).toHaveLength(3);
    expect(fake.openSessions).toBe(1);
    await scope.end();
    await scope.end();
    expect(fake.txEnds).toEqual(['commit']);
    expect(fake.openSessions).toBe(0);
  });

  it('opens nothing for a request that reads nothing, and sends writes to their own transaction', async () => {
    await open();
    const scope = db!.readScope();
    await scope.write(q('MERGE (c:City {id: $id})'), { id: 'city:hue' });
    await scope.end();
    expect(fake.calls.map((c) => c.kind)).toEqual(['executeWrite']);
    expect(fake.txEnds).toEqual([]);
  });

  it('begins another transaction after a failed read, and retries a transient failure in a managed transaction', async () => {
    await open();
    let failures = 0;
    fake.respond = (text) => {
      if (text.includes('boom') && failures++ === 0) {
        throw new Neo4jError('leader switched', 'Neo.TransientError.General.DatabaseUnavailable', '08000', 'error');
      }
      return { keys: ['ok'], rows: [[1]] };
    };
    const scope = db!.readScope(Date.now() + 3000);
    await expect(scope.read(q('RETURN 1 AS ok, "boom" AS b'))).resolves.toEqual([{ ok: 1 }]);
    await scope.read(q('RETURN 1 AS ok'));
    await scope.end();
    expect(fake.calls.map((c) => c.kind)).toEqual(['begin', 'executeRead', 'begin']);
    expect(fake.txEnds).toEqual(['rollback', 'commit']);
    expect(fake.openSessions).toBe(0);
  });

  it('maps a failure that is not transient and leaves no session open', async () => {
    await open();
    fake.respond = () => {
      throw new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
    };
    const scope = db!.readScope();
    const error = await rejection(scope.read(q('RETURN nonsense', 'test/broken')));
    expect(error.code).toBe(ErrorCode.INVALID_QUERY);
    expect(error.message).toContain('test/broken');
    await scope.end();
    expect(fake.openSessions).toBe(0);
  });

  it('reads through managed transactions once the scope has ended', async () => {
    await open();
    const scope = db!.readScope();
    await scope.end();
    await scope.read(q('RETURN 1 AS ok'));
    expect(fake.calls.map((c) => c.kind)).toEqual(['executeRead']);
  });
});

describe('label-less batch reads on Neo4j', () => {
  // Neo4j indexes ids per label: `{id: id}` without a label scans every node, so such a read is split by the
  // labels its ids name, each part with the label on its head.
  const nodesById = loadQuery('graph/nodes-by-ids', 'neo4j');
  const answerIds = (_text: string, params: Record<string, unknown>): Answer => ({
    keys: ['id'],
    rows: (params.ids as string[]).map((id) => [id]),
  });

  it('reads ids of several labels label by label, with each part seeking its label, and joins the rows', async () => {
    await open();
    fake.respond = answerIds;
    const rows = await db!.read(nodesById, { ids: ['city:hanoi', 'state:vn', 'city:hue'] });
    expect(rows.map((row) => row.id).sort()).toEqual(['city:hanoi', 'city:hue', 'state:vn']);
    expect(fake.runs.map((run) => [run.params.ids, /MATCH \((\w+):(\w+) \{id: id\}\)/.exec(run.text)?.[2]])).toEqual([
      [['city:hanoi', 'city:hue'], 'City'],
      [['state:vn'], 'MemberState'],
    ]);
  });

  it('splits every UNION branch of a scope read, in the request transaction', async () => {
    await open();
    fake.respond = () => ({ keys: ['source'], rows: [] });
    const scope = db!.readScope(Date.now() + 3000);
    await scope.read(loadQuery('graph/edges-around', 'neo4j'), { ids: ['network:ascn', 'city:hue'] });
    await scope.end();
    expect(fake.calls.map((c) => c.kind)).toEqual(['begin']);
    expect(fake.runs).toHaveLength(2);
    for (const run of fake.runs) {
      const [label] = run.params.ids as string[];
      const expected = label?.startsWith('city:') ? 'City' : 'Network';
      expect(run.text.match(/\(a \{id: id\}\)/g)).toBeNull();
      expect(run.text.match(new RegExp(`\\(a:${expected} \\{id: id\\}\\)`, 'g'))).toHaveLength(2);
    }
  });

  it('keeps the label-less text when an id names no known label, and leaves labelled queries alone', async () => {
    await open();
    fake.respond = answerIds;
    await db!.read(nodesById, { ids: ['city:hanoi', 'planet:mars'] });
    await db!.read(q('UNWIND $ids AS id MATCH (c:City {id: id}) RETURN c.id AS id'), { ids: ['city:hue', 'state:vn'] });
    expect(fake.runs.map((run) => [run.text, run.params.ids])).toEqual([
      [nodesById.text, ['city:hanoi', 'planet:mars']],
      ['UNWIND $ids AS id MATCH (c:City {id: id}) RETURN c.id AS id', ['city:hue', 'state:vn']],
    ]);
  });
});
