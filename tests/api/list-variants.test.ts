/**
 * Each label's list and count queries exist once per subset of its
 * related-node filters (and each list once more per order). Every such file must select exactly what the one
 * query with every filter switched by a flag selects (the form the grouped
 * counts keep), for filter values that match something, on the seeded graph.
 */
import type { GraphDatabase } from '../../src/db';
import { filterParams } from '../../src/graph/list-params';
import type { FilterValues } from '../../src/graph/list-params';
import { matchAndWhere, relatedSubsets, sortOrders } from '../../src/graph/list-query';
import { countNodes, readNodePage } from '../../src/graph/repository';
import { ENTITY_SPECS } from '../../src/specs';
import type { EntitySpec } from '../../src/specs/entity-spec';
import { openSeededDatabase } from '../support/seeded-database';

describe('list and count queries per related-node filter subset', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openSeededDatabase();
  });
  afterAll(() => db.close());

  /** The ids the flag-switched query selects: the reference. */
  const reference = async (spec: EntitySpec, values: FilterValues): Promise<string[]> => {
    const text = `${matchAndWhere(spec)}\nRETURN n.id AS id`;
    const rows = await db.read({ name: `test/reference-${spec.label}`, text }, filterParams(spec, values));
    return rows.map((r) => String(r.id)).sort();
  };

  /** A value for each related filter that selects the most nodes on its own. */
  const bestValues = async (spec: EntitySpec): Promise<Record<string, string>> => {
    const values: Record<string, string> = {};
    for (const f of spec.filters) {
      if (f.kind !== 'related') continue;
      const candidates = await db.read({ name: 'test/ids-of-label', text: `MATCH (m:${f.label}) RETURN m.id AS id` });
      let best: [string, number] | undefined;
      for (const { id } of candidates) {
        const hits = (await reference(spec, { [f.name]: String(id) })).length;
        if (best === undefined || hits > best[1]) best = [String(id), hits];
      }
      if (best !== undefined) values[f.name] = best[0];
    }
    return values;
  };

  const cases = ENTITY_SPECS.flatMap((spec) =>
    relatedSubsets(spec).map((related) => [`${spec.label} with [${related.join(', ')}]`, spec, related] as const),
  );

  it('has a file per subset, and some with several filters', () => {
    expect(cases.length).toBeGreaterThan(ENTITY_SPECS.length);
    expect(cases.some(([, , related]) => related.length >= 2)).toBe(true);
  });

  it.each(cases)('%s selects what the flag-switched query selects', async (_, spec, related) => {
    const best = await bestValues(spec);
    const values: FilterValues = Object.fromEntries(related.map((name) => [name, best[name] ?? null]));
    const expected = await reference(spec, values);
    // Each order has its own file: every one of them selects the same nodes.
    for (const order of sortOrders(spec)) {
      const page = await readNodePage(db, spec, values, order.value, { after: undefined, limit: 100 });
      expect(page.map((n) => n.id).sort()).toEqual(expected);
    }
    expect(await countNodes(db, spec, values)).toBe(expected.length);
  });
});
