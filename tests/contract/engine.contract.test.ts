import { RELATIONSHIP_TYPE_KEY } from '../../src/db';
import type { GraphDatabase } from '../../src/db';
import { ErrorCode, StatementError } from '../../src/errors';
import { SeedError, listSeedFiles, loadSeeds } from '../../src/seed';
import path from 'node:path';
import { contractEngines, openTestDatabase, q } from '../support/test-database';

/**
 * The engine contract: the same cases against Kùzu always, and against Neo4j
 * whenever NEO4J_URI is set. Test data uses ids under `city:contract-` and is
 * removed afterwards; the seed test loads the real seeds, which on Neo4j stay
 * in the database (they are the graph's data, loaded idempotently).
 */
describe.each(contractEngines())('engine contract on %s', (engine) => {
  let db: GraphDatabase;
  const cleanup = q("MATCH (n:City) WHERE n.id STARTS WITH 'city:contract-' DETACH DELETE n");

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    // On Neo4j this runs cypher/neo4j/schema.cypher; on Kùzu the schema was applied on opening.
    await db.applySchema();
    await db.applySchema(); // and again: it must be idempotent
    await db.write(cleanup);
  });
  afterAll(async () => {
    await db.write(cleanup);
    await db.close();
  });

  const echo = (value: unknown): Promise<unknown> =>
    db.read(q('RETURN $v AS v'), { v: value as never }).then((rows) => rows[0]?.v);

  it.each([
    ['quotes \' " and \\ backslash', 'quotes \' " and \\ backslash'],
    ['unicode: Kùzu, Hà Nội, ទីក្រុងភ្នំពេញ, 🏙️', 'unicode: Kùzu, Hà Nội, ទីក្រុងភ្នំពេញ, 🏙️'],
    [42, 42],
    [-7, -7],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [661.8, 661.8],
    [true, true],
    [null, null],
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    [
      [1, 2, 3],
      [1, 2, 3],
    ],
    [
      { k: 'v', n: 1 },
      { k: 'v', n: 1 },
    ],
  ])('round-trips the parameter %p', async (value, expected) => {
    expect(await echo(value)).toEqual(expected);
  });

  it('returns dates as ISO strings and stored partial dates unchanged', async () => {
    const [row] = await db.read(q("RETURN date('2018-07-08') AS d"));
    expect(row?.d).toBe('2018-07-08');
    await db.write(q('MERGE (c:City {id: $id}) SET c.note = $note'), { id: 'city:contract-date', note: '2018-04' });
    const [stored] = await db.read(q('MATCH (c:City {id: $id}) RETURN c.note AS note'), { id: 'city:contract-date' });
    expect(stored?.note).toBe('2018-04');
  });

  it('returns nodes as plain objects of their properties', async () => {
    await db.write(q('MERGE (c:City {id: $id}) SET c.name = $name, c.aliases = $aliases'), {
      id: 'city:contract-node',
      name: "Hồ Chí Minh's City",
      aliases: ['HCMC', 'Saigon'],
    });
    const [row] = await db.read(q('MATCH (c:City {id: $id}) RETURN c AS c'), { id: 'city:contract-node' });
    expect(row?.c).toEqual({ id: 'city:contract-node', name: "Hồ Chí Minh's City", aliases: ['HCMC', 'Saigon'] });
  });

  it('returns relationships as their properties plus their type, also through an untyped pattern', async () => {
    const script = [
      "MERGE (c:City {id: 'city:contract-rel'}) SET c.name = 'R'",
      "MERGE (s:MemberState {id: 'state:contract-rel'}) SET s.name = 'S'",
      "MATCH (c:City {id: 'city:contract-rel'}), (s:MemberState {id: 'state:contract-rel'}) MERGE (c)-[r:LOCATED_IN]->(s) SET r.sources = ['source:gk']",
    ].map((text, line) => ({ text, line: line + 1 }));
    try {
      await db.runScript([script], { dryRun: false });
      const rows = await db.read(q('MATCH (a)-[r]->(b) WHERE a.id = $id RETURN b.id AS b, r AS r'), {
        id: 'city:contract-rel',
      });
      expect(rows).toEqual([
        { b: 'state:contract-rel', r: { sources: ['source:gk'], [RELATIONSHIP_TYPE_KEY]: 'LOCATED_IN' } },
      ]);
    } finally {
      await db.write(q("MATCH (s:MemberState {id: 'state:contract-rel'}) DETACH DELETE s"));
    }
  });

  it('returns no rows for an empty list parameter without running the query', async () => {
    const rows = await db.read(q('MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id'), { ids: [] });
    expect(rows).toEqual([]);
  });

  it('rejects parameters the query does not declare, and missing ones', async () => {
    await expect(db.read(q('RETURN $a AS a'), { a: 1, b: 2 })).rejects.toThrow(/\$b/);
    await expect(db.read(q('RETURN $a AS a'), {})).rejects.toThrow(/\$a/);
  });

  it('rolls a script back when a statement fails, reporting which one', async () => {
    const script = [
      { text: "MERGE (c:City {id: 'city:contract-tx1'}) SET c.name = 'one'", line: 1 },
      { text: "MERGE (c:City {id: 'city:contract-tx2'}) SET c.name =", line: 2 },
    ];
    const failure = await db.runScript([script], { dryRun: false }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StatementError);
    expect((failure as StatementError).statementIndex).toBe(1);
    expect((failure as StatementError).code).toBe(ErrorCode.INVALID_QUERY);
    const rows = await db.read(q("MATCH (c:City) WHERE c.id STARTS WITH 'city:contract-tx' RETURN c.id AS id"));
    expect(rows).toEqual([]);
  });

  it('reports what a script changed, and nothing on a re-run', async () => {
    const script = [
      { text: "MERGE (c:City {id: 'city:contract-s1'}) SET c.name = 'S1'", line: 1 },
      { text: "MERGE (c:City {id: 'city:contract-s2'}) SET c.name = 'S2'", line: 2 },
    ];
    const first = await db.runScript([script], { dryRun: false });
    expect(first.batches[0]?.counters).toMatchObject({ nodesCreated: 2, relationshipsCreated: 0 });
    const second = await db.runScript([script], { dryRun: false });
    expect(second.batches[0]?.counters).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
  });

  it('rolls back a dry run', async () => {
    const script = [{ text: "MERGE (c:City {id: 'city:contract-dry'}) SET c.name = 'dry'", line: 1 }];
    const result = await db.runScript([script], { dryRun: true });
    expect(result.batches[0]?.counters.nodesCreated).toBe(1);
    expect(await db.read(q("MATCH (c:City {id: 'city:contract-dry'}) RETURN c.id AS id"))).toEqual([]);
  });

  it('loads the real seeds, and a second load creates and changes nothing', async () => {
    const files = listSeedFiles();
    const first = await loadSeeds(db, files);
    if (engine === 'kuzu') expect(first.total.nodesCreated).toBeGreaterThan(100);
    const second = await loadSeeds(db, files);
    // Both engines measure changed values (Neo4j's own counters count every assignment, changed or not).
    expect(second.total).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, propertiesSet: 0 });
    expect(second.files.flatMap((file) => file.changes)).toEqual([]);
  });

  it('applies nothing of a seed file that fails in its middle', async () => {
    const broken = listSeedFiles(path.resolve(__dirname, '..', 'fixtures', 'seeds-syntax'));
    const fixtures = q("MATCH (c:City) WHERE c.id STARTS WITH 'city:fixture-' RETURN count(c) AS n");
    const before = await db.read(fixtures);
    const error = await loadSeeds(db, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).code).toBe(ErrorCode.INVALID_QUERY);
    expect((error as SeedError).message).toMatch(/010-syntax-error\.cypher:3: /);
    expect(await db.read(fixtures)).toEqual(before);
  });

  it('serves many parallel reads', async () => {
    const reads = Array.from({ length: 40 }, (_, i) => db.read(q('RETURN $i AS i'), { i }));
    const rows = await Promise.all(reads);
    expect(rows.map((r) => r[0]?.i)).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('applies a write issued while reads are in flight', async () => {
    const reads = Array.from({ length: 10 }, () =>
      db.read(q("MATCH (c:City) WHERE c.id STARTS WITH 'city:contract-' RETURN count(c) AS n")),
    );
    const write = db.write(q('MERGE (c:City {id: $id}) SET c.name = $id'), { id: 'city:contract-during' });
    await Promise.all([...reads, write]);
    const [row] = await db.read(q('MATCH (c:City {id: $id}) RETURN c.name AS name'), { id: 'city:contract-during' });
    expect(row?.name).toBe('city:contract-during');
  });

  it('serialises concurrent writes without losing any', async () => {
    const ids = Array.from({ length: 15 }, (_, i) => `city:contract-w${i}`);
    await Promise.all(ids.map((id) => db.write(q('MERGE (c:City {id: $id}) SET c.name = $id'), { id })));
    const [row] = await db.read(q('MATCH (c:City) WHERE c.id IN $ids RETURN count(c) AS n'), { ids });
    expect(row?.n).toBe(15);
  });

  it('interrupts a query that runs past the timeout the caller asks for, with TIMEOUT, and keeps serving', async () => {
    const ids = Array.from({ length: 200 }, (_, i) => `city:contract-t${i}`);
    await db.write(q('UNWIND $ids AS id MERGE (c:City {id: id})'), { ids });
    // 200^4 rows, each compared across all four (no engine can count them by multiplying): minutes of work,
    // cut off after 200 ms (the wide bound below is not a timing claim).
    const started = Date.now();
    const error = await db
      .read(
        q('MATCH (a:City), (b:City), (c:City), (d:City) WHERE a.id + b.id + c.id <> d.id RETURN count(*) AS n'),
        {},
        { timeoutMs: 200 },
      )
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe(ErrorCode.TIMEOUT);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await db.read(q('RETURN 1 AS ok'))).toEqual([{ ok: 1 }]);
  });
});
