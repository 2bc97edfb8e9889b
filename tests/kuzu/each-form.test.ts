/**
 * Kùzu runs a small batch of ids as one primary-key lookup per id (src/db/kuzu/kuzu-each.ts).
 * On the seeded graph, every generated batch query must give the same rows either way:
 * the whole batch at once (the batch form, since the seeded labels are small) against
 * each id alone (the one-id form).
 */
import type { GraphDatabase, Params, Row } from '../../src/db';
import { batchWithLabel } from '../../src/db/batch-heads';
import { eachForm, planBatch, runsEach, withIdLabel } from '../../src/db/kuzu/kuzu-each';
import { generatedQueries } from '../../src/graph/cypher-files';
import { ENTITY_SPECS } from '../../src/specs';
import { openTestDatabase } from '../support/test-database';
import { listSeedFiles, loadSeeds } from '../../src/seed';

const batchQueries = [...generatedQueries(ENTITY_SPECS)]
  .filter(([name]) => !name.startsWith('neo4j/'))
  .filter(([, text]) => /UNWIND \$ids AS id/.test(text))
  .map(([name, text]) => ({ name: name.replace(/^kuzu\//, ''), text }));

const sorted = (rows: readonly Row[]): string[] => rows.map((row) => JSON.stringify(row)).sort();

/**
 * Rows compared without key order or scalar types: a label-less node holds the properties of every table, and
 * one that two tables type differently comes back in a common type (`Chairmanship.year` 2018 as '2018').
 */
const loosely = (rows: readonly Row[]): string[] => {
  const plain = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(plain)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([, v]) => v !== null)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, plain(v)]),
          )
        : String(value);
  return rows.map((row) => JSON.stringify(plain(row))).sort();
};

describe('the one-id form of batch queries on Kùzu', () => {
  let db: GraphDatabase;
  const idsOf = new Map<string, string[]>();
  beforeAll(async () => {
    db = await openTestDatabase('kuzu');
    await loadSeeds(db, listSeedFiles());
    for (const row of await db.read({
      name: 'test/all-ids',
      text: 'MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, label(n) AS label',
    })) {
      const label = String(row.label);
      idsOf.set(label, [...(idsOf.get(label) ?? []), String(row.id)]);
    }
  });
  afterAll(() => db.close());

  it('exists for every generated batch query', () => {
    expect(batchQueries.length).toBeGreaterThan(300);
    const without = batchQueries.filter(({ text }) => eachForm(text) === undefined).map(({ name }) => name);
    // Kùzu's relation pages match the page's ends again by internal id (`WHERE id(b) = other`): a scan per id
    // in the one-id form.
    const pages = batchQueries.filter(({ text }) => /WHERE id\(b\) = other/.test(text)).map(({ name }) => name);
    expect(pages.length).toBeGreaterThan(50);
    expect(without).toEqual(pages);
  });

  it('is refused where the batch form names id or $ids elsewhere', () => {
    expect(eachForm('UNWIND $ids AS id MATCH (n:City {id: id}) RETURN n, id')).toBeUndefined();
    expect(eachForm('UNWIND $ids AS id MATCH (n:City {id: id}) WITH n.id AS id RETURN id')).toBeUndefined();
    expect(eachForm('UNWIND $ids AS id MATCH (n:City {id: id}) WHERE n.id IN $ids RETURN n')).toBeUndefined();
    expect(eachForm('UNWIND $ids AS id MATCH (n:City {id: id}) WHERE n.x = $id RETURN n')).toBeUndefined();
    expect(eachForm('MATCH (n:City) WHERE n.id IN $ids RETURN n')).toBeUndefined();
    expect(
      eachForm('UNWIND $ids AS id MATCH (n:City {id: id}) WITH n.id AS key MATCH (c:City {id: key}) RETURN c'),
    ).toBeUndefined();
    expect(
      eachForm('UNWIND $ids AS id MATCH (n:City {id: id}) WITH id(n) AS k MATCH (c:City) WHERE id(c) = k RETURN c'),
    ).toBeUndefined();
    expect(eachForm("UNWIND $ids AS id MATCH (n:City {id: id}) RETURN n.id AS id2, 'id' AS s")?.text).toBe(
      "MATCH (n:City {id: $id}) RETURN n.id AS id2, 'id' AS s",
    );
  });

  it('is the file itself, run for every id, when the Kùzu file is written for one id', () => {
    const text = 'MATCH (a {id: $id})-[r]->(b) RETURN b.id AS t LIMIT $limit';
    expect(eachForm(text)).toEqual({ text, labels: [], always: true });
    expect(runsEach({ text, labels: [], always: true }, 50, 10)).toBe(true);
    expect(eachForm('MATCH (a:City {id: $id}) RETURN a')?.labels).toEqual(['City']);
    // Both $id and $ids, or $id without a head of the form, is neither form.
    expect(eachForm('MATCH (a {id: $id}) WHERE a.id IN $ids RETURN a')).toBeUndefined();
    expect(eachForm('MATCH (a) WHERE a.id = $id RETURN a')).toBeUndefined();
  });

  it('gets the label its id names on label-less heads only', () => {
    const text =
      'MATCH (a {id: $id})-[r]->(b)\nRETURN b.id AS t\nUNION ALL\nMATCH (a {id: $id})<-[r]-(b:City) RETURN b.id AS t';
    expect(withIdLabel(text, 'state:vn')).toBe(
      'MATCH (a:MemberState {id: $id})-[r]->(b)\nRETURN b.id AS t\nUNION ALL\nMATCH (a:MemberState {id: $id})<-[r]-(b:City) RETURN b.id AS t',
    );
    expect(withIdLabel('MATCH (a:City {id: $id}) RETURN a', 'state:vn')).toBe('MATCH (a:City {id: $id}) RETURN a');
    expect(withIdLabel(text, 'nowhere:x')).toBe(text);
    expect(withIdLabel(text, 42)).toBe(text);
  });

  it('is chosen for one id, and for a few ids only when their label is large', () => {
    const form = { text: '', labels: ['City'] };
    expect(runsEach(form, 1, 10)).toBe(true);
    expect(runsEach(form, 2, 10)).toBe(false);
    expect(runsEach(form, 10, 26_000)).toBe(true);
    expect(runsEach(form, 100, 26_000)).toBe(false);
    expect(runsEach({ text: '', labels: [] }, 2, 3_000)).toBe(false);
    // The six nodes around Hanoi on the scale-1000 graph, whose batch filled the buffer pool.
    expect(runsEach({ text: '', labels: [] }, 6, 62_132)).toBe(true);
  });

  it('reads a label-less batch label by label when that scans less than every table', () => {
    const text = 'UNWIND $ids AS id MATCH (n {id: id})-[r]-() RETURN n.id AS id, count(r) AS degree';
    const form = eachForm(text);
    if (form === undefined) throw new Error('no one-id form');
    expect(batchWithLabel(text, 'City')).toBe(
      'UNWIND $ids AS id MATCH (n:City {id: id})-[r]-() RETURN n.id AS id, count(r) AS degree',
    );
    // Row counts as at bench scale 1000: the cities in one labelled batch, the rest one by one.
    const large = new Map([
      ['City', 26_002],
      ['MemberState', 10],
      ['Network', 1],
      ['Officer', 30_000],
    ]);
    const cities = Array.from({ length: 60 }, (_, i) => `city:c${i}`);
    const parts = planBatch(text, form, [...cities, 'state:vn', 'state:th', 'network:ascn'], large);
    expect(parts).toEqual([
      { ids: cities, text: batchWithLabel(text, 'City'), each: false },
      { ids: ['state:vn', 'state:th'], text: batchWithLabel(text, 'MemberState'), each: false },
      { ids: ['network:ascn'], text: form.text, each: true },
    ]);
    // As seeded (161 nodes), one label-less batch costs less than a statement per label.
    const seeded = new Map([
      ['City', 28],
      ['MemberState', 10],
      ['Network', 1],
      ['Officer', 30],
    ]);
    expect(planBatch(text, form, ['city:hanoi', 'state:vn', 'network:ascn'], seeded)).toEqual([
      { ids: ['city:hanoi', 'state:vn', 'network:ascn'], text, each: false },
    ]);
    // An id of no known label keeps the label-less way.
    expect(planBatch(text, form, [...cities, 'x:y'], large)).toEqual([{ ids: [...cities, 'x:y'], text, each: false }]);
    expect(planBatch(text, form, ['city:hanoi'], large)).toEqual([
      { ids: ['city:hanoi'], text: form.text, each: true },
    ]);
  });

  it.each(batchQueries.filter(({ text }) => eachForm(text)?.labels.length === 0).map(({ name, text }) => [name, text]))(
    '%s gives the same rows label by label as in one label-less batch',
    async (name, text) => {
      const ids = [...idsOf.values()].flatMap((these) => these.slice(0, 6));
      const params: Record<string, Params[string]> = { ids };
      if (/\$targets\b/.test(text)) params.targets = ids;
      const whole = await db.read(name, params);
      const byLabel: Row[] = [];
      for (const [label, these] of idsOf) {
        const mine = these.slice(0, 6);
        const labelled = { name, text: batchWithLabel(text, label) };
        byLabel.push(...(await db.read(labelled, { ...params, ids: mine })));
      }
      expect(loosely(byLabel)).toEqual(loosely(whole));
    },
  );

  it.each(batchQueries.map(({ name, text }) => [name, text] as const))(
    '%s gives the same rows id by id as in one batch',
    async (name, text) => {
      const form = eachForm(text);
      const labels = form?.labels.length ? form.labels : [...idsOf.keys()];
      const ids = labels.flatMap((label) => idsOf.get(label) ?? []).slice(0, 60);
      const params: Record<string, Params[string]> = { ids };
      if (/\$offset\b/.test(text)) Object.assign(params, { offset: 1, count: 2 });
      if (/\$targets\b/.test(text)) params.targets = ids;
      const whole = await db.read(name, params);
      const byId: Row[] = [];
      for (const id of ids) byId.push(...(await db.read(name, { ...params, ids: [id] })));
      expect(sorted(byId)).toEqual(sorted(whole));
    },
  );
});
