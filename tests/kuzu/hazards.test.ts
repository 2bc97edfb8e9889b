import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase, ParamValue } from '../../src/db';
import { AppError, ErrorCode } from '../../src/errors';
import { Database } from 'kuzu';
import { KuzuPool } from '../../src/db/kuzu/kuzu-pool';
import type { KuzuSession } from '../../src/db/kuzu/kuzu-connection';
import { ENTITY_SPECS } from '../../src/specs';
import { listQueryText, sortOrders } from '../../src/graph/list-query';
import { openTestDatabase, q } from '../support/test-database';
import { listSeedFiles, loadSeeds } from '../../src/seed';
import { DEGREES_TEXT } from '../../src/graph/exploration-queries';

/**
 * Each Kùzu 0.11.3 hazard listed in docs/architecture.md, provoked through the adapter:
 * the process must survive and the caller get a clear error or the right
 * answer. A crash here fails the suite (the jest worker dies).
 */
describe('Kùzu hazards are contained by the adapter', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openTestDatabase('kuzu', { kuzuPoolSize: 1 });
    await db.write(q("UNWIND ['city:h1', 'city:h2', 'city:h3'] AS id MERGE (c:City {id: id}) SET c.name = id"));
  });
  afterAll(() => db.close());

  const expectCode = async (promise: Promise<unknown>, code: ErrorCode, message: RegExp): Promise<void> => {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    expect((error as AppError).message).toMatch(message);
  };

  it('`x IN $list` with an empty list returns no rows instead of crashing', async () => {
    expect(await db.read(q('MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id'), { ids: [] })).toEqual([]);
  });

  it('`UNWIND $list` with an empty list returns no rows instead of failing', async () => {
    expect(await db.read(q('UNWIND $ids AS id RETURN id AS id'), { ids: [] })).toEqual([]);
  });

  it('parallel queries share one connection safely (pool of one)', async () => {
    const rows = await Promise.all(
      Array.from({ length: 50 }, (_, i) => db.read(q('MATCH (c:City) RETURN count(c) + $i AS n'), { i })),
    );
    expect(rows.map((r) => r[0]?.n)).toEqual(Array.from({ length: 50 }, (_, i) => 3 + i));
  });

  it('concurrent write transactions are serialised', async () => {
    const writes = Array.from({ length: 20 }, (_, i) =>
      db.write(q('MERGE (c:City {id: $id}) SET c.name = $id'), { id: `city:hw${i}` }),
    );
    const scripts = Array.from({ length: 3 }, (_, i) =>
      db.runScript([[{ text: `MERGE (c:City {id: 'city:hs${i}'}) SET c.name = 'x'`, line: 1 }]], { dryRun: false }),
    );
    await Promise.all([...writes, ...scripts]);
    const [row] = await db.read(
      q("MATCH (c:City) WHERE c.id STARTS WITH 'city:hw' OR c.id STARTS WITH 'city:hs' RETURN count(c) AS n"),
    );
    expect(row?.n).toBe(23);
  });

  it('one list parameter in several UNION branches gives the right rows instead of crashing', async () => {
    const rows = await db.read(
      q(
        "MATCH (a:City) WHERE a.id IN $ids RETURN a.id AS key UNION ALL MATCH (a:City) WHERE a.id IN $ids AND a.id <> 'city:h2' RETURN a.id AS key",
      ),
      { ids: ['city:h1', 'city:h2'] },
    );
    expect(rows.map((r) => r.key).sort()).toEqual(['city:h1', 'city:h1', 'city:h2']);
  });

  it('a list mixing integers and fractions is refused instead of being truncated', async () => {
    await expectCode(
      db.read(q('RETURN $xs AS xs'), { xs: [1, 1.5] }),
      ErrorCode.INTERNAL_SERVER_ERROR,
      /mixes integers and fractions/,
    );
    expect((await db.read(q('RETURN $xs AS xs'), { xs: [1.25, 1.5] }))[0]?.xs).toEqual([1.25, 1.5]);
  });

  it('a list of maps with different keys is refused instead of crashing', async () => {
    await expectCode(
      db.read(q('UNWIND $rows AS r RETURN r.a AS a'), { rows: [{ a: 1 }, { b: 2 }] }),
      ErrorCode.INTERNAL_SERVER_ERROR,
      /different keys/,
    );
    const rows = await db.read(q('UNWIND $rows AS r RETURN r.a AS a'), { rows: [{ a: 1 }, { a: 2 }] });
    expect(rows.map((r) => r.a)).toEqual([1, 2]);
  });

  // Unvalidated, the engine would type each list by its first item: 1.5 comes back as
  // 4609434218613702700, 1 as '', the second map with the first one's keys.
  it.each<[ParamValue, RegExp]>([
    [[[1], [1.5]], /\$x mixes integers and fractions: \$x\[0\]\[0\] is an integer, \$x\[1\]\[0\] a fraction/],
    [[{ a: 1 }, { a: 1.5 }], /\$x mixes integers and fractions: \$x\[0\]\.a is an integer, \$x\[1\]\.a a fraction/],
    [[{ a: 'x' }, { a: 1 }], /\$x mixes string and integer values: \$x\[0\]\.a is a string, \$x\[1\]\.a an integer/],
    [['a', 1], /\$x mixes string and integer values: \$x\[0\] is a string, \$x\[1\] an integer/],
    [[{ m: { a: 1 } }, { m: { b: 1 } }], /\$x holds maps with different keys: \$x\[0\]\.m has a, \$x\[1\]\.m has b/],
  ])('a list whose items differ in type at any depth is refused: %j', async (x, message) => {
    await expectCode(db.read(q('UNWIND $x AS r RETURN r AS r'), { x }), ErrorCode.INTERNAL_SERVER_ERROR, message);
  });

  // Unvalidated, these come back as NULL or fail with "a vector with ANY type".
  it.each<[ParamValue, RegExp]>([
    [[[1], []], /\$x\[1\] is an empty list/],
    [[{ a: [] }, { a: [1] }], /\$x\[0\]\.a is an empty list/],
    [{ a: [] }, /\$x\.a is an empty list/],
    [[{ a: {} }], /\$x\[0\]\.a is an empty map/],
  ])('an empty list or map inside a parameter is refused: %j', async (x, message) => {
    await expectCode(db.read(q('RETURN $x AS x'), { x }), ErrorCode.INTERNAL_SERVER_ERROR, message);
  });

  it('nested lists and maps of one type at every depth arrive intact', async () => {
    const x = [
      { a: [1.5, 2.5], b: 'x' },
      { a: [3.5], b: null },
    ];
    expect((await db.read(q('RETURN $x AS x'), { x }))[0]?.x).toEqual(x);
    expect((await db.read(q('RETURN $x AS x'), { x: [[1], [2, 3]] }))[0]?.x).toEqual([[1], [2, 3]]);
  });

  it('an empty map parameter is refused rather than read as NULL', async () => {
    await expectCode(db.read(q('RETURN $m AS m'), { m: {} }), ErrorCode.INTERNAL_SERVER_ERROR, /empty map/);
  });

  it('a Date parameter keeps its time (sent as an ISO string)', async () => {
    const when = new Date('2020-07-17T09:30:00.000Z');
    const [row] = await db.read(q('RETURN $d AS d'), { d: when as never });
    expect(row?.d).toBe('2020-07-17T09:30:00.000Z');
  });

  it('an unbound parameter is an error, never a match on every row', async () => {
    await expectCode(
      db.read(q('MATCH (c:City) WHERE c.id = $id RETURN c.id AS id'), {}),
      ErrorCode.INTERNAL_SERVER_ERROR,
      /missing \$id/,
    );
  });

  it('script statements may not use parameters (query() would match every row)', async () => {
    await expect(
      db.runScript([[{ text: 'MATCH (c:City) WHERE c.id = $id SET c.name = 1', line: 1 }]], { dryRun: false }),
    ).rejects.toThrow(/cannot use parameters/);
  });

  it('sum() is returned as a number, and a sum beyond 2^53 as a string', async () => {
    const [small] = await db.read(q('UNWIND [1, 2, 3] AS x RETURN sum(x) AS s'));
    expect(small?.s).toBe(6);
    const [big] = await db.read(q('UNWIND [4611686018427387904, 4611686018427387904] AS x RETURN sum(x) AS s'));
    expect(big?.s).toBe('9223372036854775808');
    expect(JSON.stringify(big)).toContain('"s":"');
  });

  it('counts script changes exactly on relationship tables with several endpoint pairs', async () => {
    // Inside a write transaction Kùzu 0.11.3 crashed on label-less relationship scans and
    // reported wrong endpoints for uncommitted relationships of multi-pair tables.
    const statements = [
      "MERGE (o:Organization {id: 'org:hz'}) SET o.name = 'Org'",
      "MERGE (s:MemberState {id: 'state:hz'}) SET s.name = 'State'",
      "MERGE (c:Country {id: 'country:hz'}) SET c.name = 'Country'",
      "MATCH (a:MemberState {id: 'state:hz'}), (b:Organization {id: 'org:hz'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['s']",
      "MATCH (a:Country {id: 'country:hz'}), (b:Organization {id: 'org:hz'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['s']",
      "MATCH (a:Country {id: 'country:hz'})-[r:MEMBER_OF]->(b:Organization {id: 'org:hz'}) SET r.note = 'updated in the same transaction'",
    ].map((text, i) => ({ text, line: i + 1 }));
    const first = await db.runScript([statements], { dryRun: false });
    expect(first.batches[0]?.counters).toMatchObject({ nodesCreated: 3, relationshipsCreated: 2 });
    const again = await db.runScript([statements], { dryRun: false });
    expect(again.batches[0]?.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
    const rows = await db.read(
      q("MATCH (a)-[r:MEMBER_OF]->(b:Organization {id: 'org:hz'}) RETURN a.id AS member ORDER BY member"),
    );
    expect(rows).toEqual([{ member: 'country:hz' }, { member: 'state:hz' }]);
  });

  it('a query beyond the timeout is interrupted with TIMEOUT', async () => {
    const slow = await openTestDatabase('kuzu', { queryTimeoutMs: 200 });
    try {
      const ids = Array.from({ length: 400 }, (_, i) => `city:t${i}`);
      await slow.write(q('UNWIND $ids AS id MERGE (c:City {id: id})'), { ids });
      // A three-way cross product: 64 million rows (seconds of work), interrupted after 200 ms; loading the 400 cities takes about 10 ms.
      await expectCode(
        slow.read(q("MATCH (a:City), (b:City), (c:City) WHERE a.id + b.id + c.id = 'x' RETURN count(*) AS n")),
        ErrorCode.TIMEOUT,
        /timeout/,
      );
    } finally {
      await slow.close();
    }
  });

  it('an answer larger than the buffer pool is LIMIT_EXCEEDED naming the setting, and the database still answers', async () => {
    const small = await openTestDatabase('kuzu', { kuzuBufferPoolMb: 128 });
    try {
      await expectCode(
        small.read(q('UNWIND range(1, 3000000) AS x WITH string(x) AS s RETURN collect(s + s + s + s) AS c')),
        ErrorCode.LIMIT_EXCEEDED,
        /KUZU_BUFFER_POOL_MB/,
      );
      expect(await small.read(q('RETURN 1 AS one'))).toEqual([{ one: 1 }]);
    } finally {
      await small.close();
    }
  });

  it('an unknown property or label names it and points to the graph model', async () => {
    await expectCode(
      db.read(q('MATCH (c:City) RETURN c.population AS p')),
      ErrorCode.MODEL_VIOLATION,
      /population.*graph model/,
    );
    await expectCode(db.read(q('MATCH (c:Town) RETURN c.id AS id')), ErrorCode.MODEL_VIOLATION, /Town.*graph model/);
  });
});

describe('Kùzu on-disk databases', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuzu-hazard-'));
  const dbPath = path.join(dir, 'graph.kuzu');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('two opens of one path in a process share one Database and see each other’s writes', async () => {
    const a = await openTestDatabase('kuzu', { kuzuPath: dbPath });
    const b = await openTestDatabase('kuzu', { kuzuPath: dbPath });
    const name = q("MATCH (c:City {id: 'city:shared'}) RETURN c.name AS name");
    // b has read (and its read cache kept) the answer before a writes: the two share one cache, so b sees the write.
    expect(await b.read(name)).toEqual([]);
    await a.write(q("MERGE (c:City {id: 'city:shared'}) SET c.name = 'shared'"));
    expect(await b.read(name)).toEqual([{ name: 'shared' }]);
    await a.close();
    // b still works after a closed: the Database closes with its last user.
    expect(await b.read(q('MATCH (c:City) RETURN count(c) AS n'))).toEqual([{ n: 1 }]);
    await b.close();
  });

  it('concurrent opens of one path, written differently, still share one Database', async () => {
    const relative = path.relative(process.cwd(), dbPath);
    const [a, b] = await Promise.all([
      openTestDatabase('kuzu', { kuzuPath: dbPath }),
      openTestDatabase('kuzu', { kuzuPath: relative }),
    ]);
    try {
      await a.write(q("MERGE (c:City {id: 'city:concurrent'}) SET c.name = 'both'"));
      expect(await b.read(q("MATCH (c:City {id: 'city:concurrent'}) RETURN c.name AS name"))).toEqual([
        { name: 'both' },
      ]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a database held by another process gives an error naming the path', async () => {
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const k=require('kuzu');const d=new k.Database(${JSON.stringify(dbPath)});d.init().then(()=>{console.log('ready');setTimeout(()=>d.close().then(()=>process.exit(0)),60000)})`,
      ],
      { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        holder.on('exit', (code) => reject(new Error(`holder exited with ${code}`)));
      });
      const error = await openTestDatabase('kuzu', { kuzuPath: dbPath }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
      expect((error as AppError).message).toContain(dbPath);
      // The holder is a bare kuzu process that wrote no holder file: it is named generically.
      expect((error as AppError).message).toMatch(/in use by (another process|\w+ \(pid \d+)/);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('a connection whose query failed is replaced before it is used again; healthy ones are kept', async () => {
    const database = new Database(':memory:');
    const pool = new KuzuPool(database, 1, 5_000);
    try {
      const used: KuzuSession[] = [];
      const run = (text: string) =>
        pool.read(async (session) => {
          used.push(session);
          return session.query(text);
        });
      await expect(run('MATCH (x:Nowhere) RETURN x')).rejects.toThrow(/Nowhere/);
      expect(await run('RETURN 1 AS one')).toEqual([{ one: 1 }]);
      expect(await run('RETURN 2 AS two')).toEqual([{ two: 2 }]);
      expect(used[1]).not.toBe(used[0]);
      expect(used[2]).toBe(used[1]);
      const writers: KuzuSession[] = [];
      const write = (text: string) =>
        pool.write(async (session) => {
          writers.push(session);
          return session.query(text);
        });
      await expect(write('CREATE (:Nowhere {id: 1})')).rejects.toThrow(/Nowhere/);
      expect(await write('RETURN 3 AS three')).toEqual([{ three: 3 }]);
      expect(writers[1]).not.toBe(writers[0]);
    } finally {
      await pool.close();
      await database.close();
    }
  });
});

/**
 * `ORDER BY … SKIP n` crashes Kùzu 0.11.3 (SIGSEGV) when `n` runs past the
 * ordered rows by more than about ten thousand (measured: never at 11,000
 * past the end, always from 12,000–13,000 past it, on tables of 1 to 50,000
 * rows; a skip inside the rows is safe, 99,000 of 100,000 included). Each case
 * runs the engine in a child process, so a crash fails one test, not the run.
 */
describe('the ORDER BY … SKIP hazard', () => {
  const ROOT = path.resolve(__dirname, '..', '..');

  /** Exit code (or signal) of a child that orders `rows` rows and skips `skip`, 5 times over. */
  const orderedSkip = (rows: number, skip: number): Promise<string> =>
    new Promise((resolve) => {
      const script = `
        const k = require('kuzu');
        (async () => {
          const db = new k.Database(':memory:');
          const c = new k.Connection(db);
          await c.query('CREATE NODE TABLE S(id INT64, name STRING, PRIMARY KEY(id))');
          await c.query('UNWIND range(1, ${rows}) AS i CREATE (:S {id: i, name: CAST(i AS STRING)})');
          const st = await c.prepare('MATCH (s:S) RETURN s.id AS id ORDER BY s.name SKIP $skip LIMIT $limit');
          for (let i = 0; i < 5; i++) (await c.execute(st, { skip: ${skip}, limit: 21 })).close();
          process.exit(0);
        })();`;
      const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: 'ignore' });
      child.on('exit', (code, signal) => resolve(signal ?? String(code)));
    });

  it('still crashes the pinned engine far past the end (if this fails, the engine changed: revisit the hazard)', async () => {
    expect(await orderedSkip(4, 99_999_999)).toBe('SIGSEGV');
  });

  it('is safe inside the rows, however deep', async () => {
    expect(await orderedSkip(20_000, 19_990)).toBe('0');
  });

  it('cannot be reached: no query file Kùzu runs skips by a parameter, and list queries page by keyset', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        // Neo4j's own files (relationship pages skip in a subquery) never reach Kùzu.
        if (entry.isDirectory() && full !== path.join(ROOT, 'cypher', 'neo4j')) walk(full);
        else if (entry.name.endsWith('.cypher')) files.push(full);
      }
    };
    walk(path.join(ROOT, 'cypher'));
    expect(files.length).toBeGreaterThan(50);
    const skipping = files.filter((f) => /\bSKIP\s+\$/i.test(fs.readFileSync(f, 'utf8')));
    expect(skipping).toEqual([]);
    for (const spec of ENTITY_SPECS) {
      for (const order of sortOrders(spec)) expect(listQueryText(spec, [], order)).toMatch(/NOT \$hasAfter/);
    }
  });
});

describe('label-less list filters, repeated list parameters and ordered collects', () => {
  const ROOT = path.resolve(__dirname, '..', '..');

  /** Runs `body` in a child on a small in-memory graph of two labels; resolves with its output or its signal. */
  const child = (body: string): Promise<string> =>
    new Promise((resolve) => {
      const script = `
        const k = require('kuzu');
        (async () => {
          const db = new k.Database(':memory:');
          const c = new k.Connection(db);
          const run = async (text, params) => { const st = await c.prepare(text); const r = await c.execute(st, params); const rows = r.getAllSync(); r.close(); return rows; };
          await c.query('CREATE NODE TABLE A(id STRING PRIMARY KEY)');
          await c.query('CREATE NODE TABLE B(id STRING PRIMARY KEY)');
          await c.query('CREATE REL TABLE L(FROM A TO B, FROM B TO A)');
          const ids = [...Array(40).keys()];
          await run('UNWIND $ids AS i CREATE (:A {id: "a" + CAST(i AS STRING)}), (:B {id: "b" + CAST(i AS STRING)})', { ids });
          const pairs = ids.map((i) => ({ a: 'a' + i, b: 'b' + ((i * 7) % 40) }));
          await run('UNWIND $pairs AS p MATCH (a:A {id: p.a}), (b:B {id: p.b}) CREATE (a)-[:L]->(b), (b)-[:L]->(a)', { pairs });
          ${body}
          process.exit(0);
        })();`;
      const proc = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      proc.on('exit', (code, signal) => resolve(signal ?? (code === 0 ? out.trim() : `exit ${code}`)));
    });

  it('answers degrees of sets of nodes of any label rightly with the form the project uses', async () => {
    // The wrong answers show on a database read back from disk, as the server reads it.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kuzu-in-list-'));
    const kuzuPath = path.join(dir, 'graph.kuzu');
    const seeding = await openTestDatabase('kuzu', { kuzuPath });
    try {
      await loadSeeds(seeding, listSeedFiles());
    } finally {
      await seeding.close();
    }
    const db = await openTestDatabase('kuzu', { kuzuPath });
    try {
      const edges = await db.read(q('MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target'));
      const all = [...new Set(edges.flatMap((e) => [String(e.source), String(e.target)]))].sort();
      const degreesOf = (ids: readonly string[]): string => {
        const wanted = new Set(ids);
        const degree = new Map<string, number>();
        for (const e of edges) {
          for (const end of [String(e.source), String(e.target)]) {
            if (wanted.has(end)) degree.set(end, (degree.get(end) ?? 0) + 1);
          }
        }
        return JSON.stringify([...degree].sort());
      };
      const asked = async (text: string, ids: string[]): Promise<string> =>
        JSON.stringify((await db.read(q(text), { ids })).map((r) => [String(r.id), Number(r.degree)] as const).sort());
      let wrongIn = 0;
      for (let t = 0; t < 60; t++) {
        // A fixed, varied choice of about one node in six.
        const ids = all.filter((_, i) => (i * 31 + t * 17) % 6 === 0);
        const expected = degreesOf(ids);
        const text = 'MATCH (n)-[r]-() WHERE n.id IN $ids RETURN n.id AS id, count(r) AS degree';
        if ((await asked(text, ids)) !== expected) wrongIn += 1;
        expect(await asked(DEGREES_TEXT, ids)).toBe(expected);
      }
      // The wrong answers depend on how the data lies in the tables: 10 of these 60 sets were wrong on the
      // graph as seeded until 2026-12-02 (161 nodes), none on today's. Recorded; the project's forms must be right.
      expect(wrongIn).toBeGreaterThanOrEqual(0);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the order of WITH … ORDER BY … LIMIT in collect (what relationship pages rely on)', async () => {
    const out = await child(`
      const rows = await run('MATCH (a:A)-[:L]->(b:B) WITH a.id AS key, b.id AS other ORDER BY other DESC, key LIMIT 9223372036854775807 WITH collect(key) AS keys RETURN keys', {});
      console.log(JSON.stringify(rows[0].keys));`);
    const keys = JSON.parse(out) as string[];
    const expected = [...Array(40).keys()]
      .map((i) => ({ key: `a${i}`, other: `b${(i * 7) % 40}` }))
      .sort((x, y) => (x.other < y.other ? 1 : x.other > y.other ? -1 : x.key < y.key ? -1 : 1))
      .map((x) => x.key);
    expect(keys).toEqual(expected);
  });

  it('can crash when one list parameter is used twice in one query; the edges-among query takes two', async () => {
    const out = await child(`
      for (let i = 0; i < 20; i++) await run('UNWIND $ids AS x MATCH (a {id: x})-[r]->(b) WHERE b.id IN $ids RETURN a.id AS s', { ids: ['a1', 'b7', 'a2', 'b14'] });
      console.log('survived');`);
    // Recorded, not required: the crash depends on the data. The project never shares a list parameter.
    expect(['survived', 'SIGSEGV']).toContain(out);
    const among = fs.readFileSync(path.join(ROOT, 'cypher', 'graph', 'edges-among.cypher'), 'utf8');
    expect(among).toContain('UNWIND $ids AS id');
    expect(among).toContain('UNWIND $targets AS wanted');
  });
});

/**
 * Kùzu 0.11.3 crashes deleting rows of a table whose full-text index was
 * created over rows it already held, once the database has been opened again
 * (in another process; it depends on the words too: these rows crash it, the
 * same rows with `shared` for `other` do not). The adapter creates its one index (over `SearchText`) on an empty table and
 * fills it afterwards (`ensureSearchIndexes`); this is the case it keeps to.
 * Each step runs in a child process of its own, so a crash fails one test.
 */
describe('the full-text delete hazard', () => {
  const ROOT = path.resolve(__dirname, '..', '..');

  const child = (script: string): Promise<string> =>
    new Promise((resolve) => {
      const run = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: 'ignore' });
      run.on('exit', (code, signal) => resolve(signal ?? String(code)));
    });

  /** Exit of the child deleting every row, after another made the table with its index `late` or first. */
  const deleteAfter = async (indexLate: boolean): Promise<string> => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fts-hazard-')), 'g.kuzu');
    const prelude = `
      const k = require('kuzu');
      const db = new k.Database(${JSON.stringify(file)});
      const c = new k.Connection(db);
      const run = async (text) => (await c.query(text)).close();`;
    const index = `await run("CALL CREATE_FTS_INDEX('S', 's_text', ['text'], stemmer := 'none')");`;
    const made = await child(`${prelude}
      (async () => {
        await run('LOAD EXTENSION fts');
        await run('CREATE NODE TABLE S(key STRING PRIMARY KEY, text STRING)');
        ${indexLate ? '' : index}
        const rows = Array.from({ length: 100 }, (_, i) => ({ key: 'k' + i, text: 'word' + (i % 37) + ' other text' }));
        const statement = await c.prepare('UNWIND $rows AS row MERGE (s:S {key: row.key}) SET s.text = row.text');
        (await c.execute(statement, { rows })).close();
        ${indexLate ? index : ''}
        await c.close();
        await db.close();
        process.exit(0);
      })();`);
    if (made !== '0') return `making the table: ${made}`;
    try {
      return await child(`${prelude}
        (async () => {
          await run('LOAD EXTENSION fts');
          await run('MATCH (s:S) DELETE s');
          process.exit(0);
        })();`);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  };

  it('still crashes the pinned engine when the index was created over existing rows (if not, revisit the hazard)', async () => {
    expect(await deleteAfter(true)).toBe('SIGSEGV');
  });

  it('is safe when the index was created first and the rows written after it, as the adapter does', async () => {
    expect(await deleteAfter(false)).toBe('0');
  });
});
