import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitStatements } from '../../src/db';
import { entityKey } from '../../src/db/script-changes';
import type { GraphDatabase } from '../../src/db';
import { describeFile, describeTotal, listSeedFiles, loadSeeds, parseSeedStatement } from '../../src/seed';
import type { SeedReport } from '../../src/seed';
import { dumpGraph } from '../support/graph-dump';
import { openTestDatabase } from '../support/test-database';

/**
 * What `npm run seed` lists, on the real embedded engine: which nodes,
 * relationships and properties a load changes or a dry run would change,
 * read from the graph's values. Each test seeds a database of its own and
 * then runs at most one dry run on it (Kùzu 0.11.3 may refuse updates after
 * a rollback of rows that committed transactions wrote, so nothing is
 * written after one).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seed-changes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a seed file of its own into a fresh directory and returns its path. */
function seedFile(name: string, text: string): string {
  const folder = fs.mkdtempSync(path.join(dir, 'seeds-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Everything printed for a report's files, as `npm run seed` prints it. */
const printed = (report: SeedReport): string =>
  report.files.map((file, index) => describeFile(file, index, report.files.length)).join('\n');

const listedLines = (report: SeedReport): string[] =>
  printed(report)
    .split('\n')
    .filter((l) => l.startsWith('    '));

const BASE = `MERGE (c:City {id: 'city:change-a'}) SET c.name = 'Change A', c.note = 'a note', c.sources = ['source:x'];
MERGE (s:MemberState {id: 'state:change'}) SET s.name = 'Changeland', s.sources = ['source:x'];
MATCH (c:City {id: 'city:change-a'}), (s:MemberState {id: 'state:change'})
MERGE (c)-[r:LOCATED_IN]->(s) SET r.sources = ['source:x'];
`;

describe('seed change lists', () => {
  let db: GraphDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  it('a second load of the real seeds changes nothing, lists nothing and says so', async () => {
    const files = listSeedFiles();
    const first = await loadSeeds(db, files);
    expect(first.files.every((file) => file.changes.length > 0)).toBe(true);
    const again = await loadSeeds(db, files);
    expect(again.files.flatMap((file) => file.changes)).toEqual([]);
    expect(listedLines(again)).toEqual([]);
    expect(printed(again).split('\n')).toHaveLength(files.length);
    expect(printed(again)).toMatch(/^\[ ?1\/\d+\] .*: \d+ statements, nothing changed \(\d+ ms\)$/m);
    expect(describeTotal(again)).toBe(
      `Seeded ${files.length} files; nothing changed: the graph already matches the seeds.`,
    );
  });

  it('lists a property changed in a copy of a seed file, with its node id, and the dry run leaves the graph as it was', async () => {
    // The first seed file depends on no other; its first node statement that sets a text is edited.
    const [original] = listSeedFiles();
    const statements = splitStatements(fs.readFileSync(original!, 'utf8'));
    let edited: { id: string; property: string } | undefined;
    const copy = statements.map(({ text }) => {
      const parsed = parseSeedStatement(text);
      const assignment =
        parsed.kind === 'node' && edited === undefined
          ? parsed.set?.assignments.find((a) => a.property !== 'id' && a.raw.startsWith("'"))
          : undefined;
      if (parsed.kind !== 'node' || assignment === undefined) return text;
      edited = { id: parsed.id, property: assignment.property };
      const written = `${assignment.variable}.${assignment.property} = ${assignment.raw}`;
      return text.replace(written, `${assignment.variable}.${assignment.property} = 'Edited by a test'`);
    });
    expect(edited).toBeDefined();
    const { id, property } = edited!;
    await loadSeeds(db, [original!]);
    const before = await dumpGraph(db);
    const stored = Object.values(before.nodes)
      .flat()
      .find((node) => (node as Record<string, unknown>).id === id) as Record<string, unknown>;

    const report = await loadSeeds(db, [seedFile(path.basename(original!), `${copy.join(';\n')};\n`)], {
      dryRun: true,
    });
    expect(report.files[0]?.changes).toEqual([
      {
        change: 'changed',
        entity: { kind: 'node', id },
        properties: [{ name: property, before: stored[property], after: 'Edited by a test' }],
      },
    ]);
    expect(listedLines(report)).toEqual([
      expect.stringMatching(new RegExp(`^    ~ node ${id}: ${property} '.*' → 'Edited by a test'$`)),
    ]);
    expect(printed(report)).toContain(`1 property of 1 node`);
    expect(describeTotal(report)).toBe('Dry run (rolled back) 1 file; would change: 1 property of 1 node.');
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('lists a new node and a new relationship by their ids', async () => {
    await loadSeeds(db, [seedFile('010-base.cypher', BASE)]);
    const before = await dumpGraph(db);
    const grown = `${BASE}MERGE (c:City {id: 'city:change-b'}) SET c.name = 'Change B', c.sources = ['source:x'];
MATCH (c:City {id: 'city:change-b'}), (s:MemberState {id: 'state:change'})
MERGE (c)-[r:LOCATED_IN]->(s) SET r.sources = ['source:x'];
`;
    const report = await loadSeeds(db, [seedFile('010-base.cypher', grown)], { dryRun: true });
    expect(report.files[0]?.changes.map(({ change, entity }) => ({ change, entity }))).toEqual([
      { change: 'created', entity: { kind: 'node', id: 'city:change-b' } },
      {
        change: 'created',
        entity: { kind: 'relationship', type: 'LOCATED_IN', from: 'city:change-b', to: 'state:change' },
      },
    ]);
    expect(listedLines(report)).toEqual(['    + node city:change-b', '    + LOCATED_IN city:change-b -> state:change']);
    expect(describeTotal(report)).toBe('Dry run (rolled back) 1 file; would change: +1 node, +1 relationship.');
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('lists a property value removed (set to null) on a node and a value added on a relationship', async () => {
    await loadSeeds(db, [seedFile('010-base.cypher', BASE)]);
    const before = await dumpGraph(db);
    const edited = BASE.replace("c.note = 'a note'", 'c.note = null').replace(
      "SET r.sources = ['source:x']",
      "SET r.sources = ['source:x', 'source:x#L4:10-90']",
    );
    const report = await loadSeeds(db, [seedFile('010-base.cypher', edited)], { dryRun: true });
    expect(report.files[0]?.changes).toEqual([
      {
        change: 'changed',
        entity: { kind: 'node', id: 'city:change-a' },
        properties: [{ name: 'note', before: 'a note', after: null }],
      },
      {
        change: 'changed',
        entity: { kind: 'relationship', type: 'LOCATED_IN', from: 'city:change-a', to: 'state:change' },
        properties: [{ name: 'sources', before: ['source:x'], after: ['source:x', 'source:x#L4:10-90'] }],
      },
    ]);
    expect(listedLines(report)).toEqual([
      "    ~ node city:change-a: note 'a note' → (none)",
      "    ~ LOCATED_IN city:change-a -> state:change: sources +'source:x#L4:10-90'",
    ]);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('lists, file by file, what each changed when narrow files and whole-graph ones alternate', async () => {
    // The embedded engine reads before and after a file only the tables it names, unless a statement
    // can reach others (a label-less match, DETACH DELETE): then every table. Each file's list must
    // still be exactly its own changes.
    await loadSeeds(db, [seedFile('010-base.cypher', BASE)]);
    const before = await dumpGraph(db);
    const folder = fs.mkdtempSync(path.join(dir, 'seeds-'));
    const files = [
      ['020-city.cypher', "MATCH (c:City {id: 'city:change-a'}) SET c.note = 'first';"],
      ['030-label-less.cypher', "MATCH (n {id: 'state:change'}) SET n.name = 'Renamed';"],
      ['040-city-again.cypher', "MATCH (c:City {id: 'city:change-a'}) SET c.note = 'second';"],
      ['050-detach.cypher', "MATCH (s:MemberState {id: 'state:change'}) DETACH DELETE s;"],
      ['060-city-last.cypher', "MATCH (c:City {id: 'city:change-a'}) SET c.name = 'Last';"],
    ].map(([name, text]) => {
      fs.writeFileSync(path.join(folder, name!), `${text!}\n`);
      return path.join(folder, name!);
    });
    const report = await loadSeeds(db, files, { dryRun: true });
    expect(
      report.files.map((file) => file.changes.map(({ change, entity }) => `${change} ${entityKey(entity)}`)),
    ).toEqual([
      ['changed n|city:change-a'],
      ['changed n|state:change'],
      ['changed n|city:change-a'],
      ['deleted n|state:change', 'deleted r|LOCATED_IN|city:change-a|state:change'],
      ['changed n|city:change-a'],
    ]);
    expect(report.files[2]?.changes[0]?.properties).toEqual([{ name: 'note', before: 'first', after: 'second' }]);
    expect(await dumpGraph(db)).toEqual(before);
  });

  it('applies a change for real and reports it the same way', async () => {
    await loadSeeds(db, [seedFile('010-base.cypher', BASE)]);
    const report = await loadSeeds(db, [seedFile('010-base.cypher', BASE.replace("'Change A'", "'Change A2'"))]);
    expect(listedLines(report)).toEqual(["    ~ node city:change-a: name 'Change A' → 'Change A2'"]);
    expect(describeTotal(report)).toBe('Seeded 1 file; changed: 1 property of 1 node.');
    const after = await dumpGraph(db);
    expect(after.nodes.City).toEqual([expect.objectContaining({ id: 'city:change-a', name: 'Change A2' })]);
  });
});
