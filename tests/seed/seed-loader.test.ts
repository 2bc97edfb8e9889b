import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphDatabase } from '../../src/db';
import { ErrorCode } from '../../src/errors';
import { SeedError, listSeedFiles, loadSeeds } from '../../src/seed';
import { dumpGraph } from '../support/graph-dump';
import { openTestDatabase, q } from '../support/test-database';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'seeds-broken');
const countAll = async (db: GraphDatabase): Promise<unknown> =>
  (await db.read(q('MATCH (n) WHERE n.id IS NOT NULL RETURN count(n) AS n')))[0]?.n;

describe('seed loader', () => {
  let db: GraphDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  it('picks files by number or name and refuses an unknown pick', () => {
    expect(listSeedFiles(FIXTURES, ['010']).map((f) => path.basename(f))).toEqual(['010-good.cypher']);
    expect(listSeedFiles(FIXTURES, ['020-broken.cypher']).map((f) => path.basename(f))).toEqual(['020-broken.cypher']);
    expect(() => listSeedFiles(FIXTURES, ['999'])).toThrow(/No seed file matches "999".*010-good.cypher/);
  });

  it('reports what each file created, and nothing created on a second run', async () => {
    const [good] = listSeedFiles(FIXTURES, ['010']);
    const first = await loadSeeds(db, [good as string]);
    expect(first.total).toMatchObject({ nodesCreated: 3, relationshipsCreated: 1 });
    expect(first.files[0]?.statements).toBe(4);
    const second = await loadSeeds(db, [good as string]);
    expect(second.total).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });
  });

  it('names file, line, statement and cause of a model problem and applies nothing of any file', async () => {
    const files = listSeedFiles(FIXTURES);
    const error = await loadSeeds(db, files).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    const seedError = error as SeedError;
    expect(seedError.code).toBe(ErrorCode.MODEL_VIOLATION);
    expect(seedError.line).toBe(6);
    expect(seedError.message).toMatch(/020-broken\.cypher:6: Unknown property population/);
    expect(seedError.message).toContain("MERGE (c:City {id: 'city:fixture-e'})");
    expect(seedError.message).toContain('graph model');
    // Model problems are found before any file runs, on both engines.
    expect(await countAll(db)).toBe(0);
  });

  it('refuses a node whose literal id is not an id of its label, naming file and line, and applies nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-ids-'));
    const file = path.join(dir, '010-wrong-prefix.cypher');
    writeFileSync(
      file,
      "MERGE (c:City {id: 'city:fixture-ok'}) SET c.name = 'Ok', c.sources = ['source:x'];\n" +
        "MERGE (c:City {id: 'state:fixture-wrong'}) SET c.name = 'Wrong', c.sources = ['source:x'];\n",
    );
    try {
      const error = await loadSeeds(db, [file]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedError);
      expect((error as SeedError).code).toBe(ErrorCode.MODEL_VIOLATION);
      expect((error as SeedError).message).toMatch(
        /010-wrong-prefix\.cypher:2: Id "state:fixture-wrong" of a City must start with "city:"/,
      );
      expect(await countAll(db)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the database exactly as before when a file fails', async () => {
    await loadSeeds(db, listSeedFiles(FIXTURES, ['010']));
    const before = await dumpGraph(db);
    expect(before.nodes.City).toHaveLength(2);
    expect(before.relationships['LOCATED_IN (City)->(MemberState)']).toHaveLength(1);
    // 030 passes the model check and fails at run time, after five statements changed the graph.
    const error = await loadSeeds(db, listSeedFiles(FIXTURES, ['030'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as SeedError).code).toBe(ErrorCode.CONSTRAINT_VIOLATION);
    expect((error as SeedError).message).toMatch(/030-fails-at-run-time\.cypher:9: Duplicate id/);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('a dry run reports changes across files and rolls everything back', async () => {
    const report = await loadSeeds(db, listSeedFiles(FIXTURES, ['010']), { dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.total.nodesCreated).toBe(3);
    expect(await countAll(db)).toBe(0);
  });
});
