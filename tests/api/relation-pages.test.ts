/**
 * Every generated relationship query against the whole batch query it
 * replaces, on the seeded graph: for each end of each relationship type and
 * each label at its other end, the engine's pages (at several offsets and
 * sizes), its counts, and the typed queries of single ends must give exactly
 * the edges, in exactly the order, that reading every edge and paging in
 * memory gives. Runs on the engine the API suites run on (TEST_ENGINE), so the
 * Neo4j page files are checked there too.
 */
import type { GraphDatabase } from '../../src/db';
import { GRAPH_MODEL, relationEnds } from '../../src/model';
import type { RelationEnd } from '../../src/model';
import { countRelations, readRelationPage, readRelations, readRelationsTo } from '../../src/graph/repository';
import type { EdgeRecord } from '../../src/graph/records';
import { openSeededDatabase } from '../support/seeded-database';

const isOne = (end: RelationEnd): boolean => GRAPH_MODEL.relationships[end.type]?.fields?.one === end.direction;

/** What the API shows of an edge: the other end's id and the relationship's properties. */
const shown = (edges: readonly EdgeRecord[] | undefined): string[] =>
  (edges ?? []).map((e) => `${e.node.id} ${JSON.stringify(e.rel)}`);

describe('relationship queries paged in the engine', () => {
  let db: GraphDatabase;
  const owners = new Map<string, string[]>();
  beforeAll(async () => {
    db = await openSeededDatabase();
    for (const label of Object.keys(GRAPH_MODEL.nodes)) {
      const rows = await db.read({ name: 'test/ids-of-label', text: `MATCH (n:${label}) RETURN n.id AS id` });
      owners.set(
        label,
        rows.map((r) => String(r.id)),
      );
    }
  });
  afterAll(() => db.close());

  const ends = relationEnds().flatMap((end) => end.targets.map((target) => ({ end, target })));

  it('covers every end of every relationship type, with some edges to check', async () => {
    expect(ends.length).toBeGreaterThan(100);
    let edges = 0;
    for (const { end } of ends) {
      const all = await readRelations(db, end.type, end.direction, end.owner, owners.get(end.owner) ?? []);
      for (const list of all.values()) edges += list.length;
    }
    // Each relationship is seen from both ends, once per label at the other end.
    expect(edges).toBeGreaterThan(500);
  });

  it.each(
    ends.map(({ end, target }) => [`${end.owner} ${end.direction} ${end.type} → ${target}`, end, target] as const),
  )('%s: pages, counts and single ends match the whole list', async (_, end, target) => {
    const ids = owners.get(end.owner) ?? [];
    const all = await readRelations(db, end.type, end.direction, end.owner, ids);
    const expected = new Map(
      ids.map((id) => [id, (all.get(id) ?? []).filter((e) => e.node.id.split(':')[0] === prefixOf(target))]),
    );
    const listEnd = { type: end.type, direction: end.direction, owner: end.owner, target };
    if (isOne(end)) {
      const typed = await readRelationsTo(db, listEnd, ids);
      for (const id of ids) expect(shown(typed.get(id))).toEqual(shown(expected.get(id)));
      return;
    }
    const counts = await countRelations(db, listEnd, ids);
    for (const id of ids) expect(counts.get(id) ?? 0).toBe(expected.get(id)?.length ?? 0);
    for (const window of [
      { offset: 0, count: 1000 },
      { offset: 0, count: 1 },
      { offset: 1, count: 2 },
      { offset: 3, count: 21 },
      { offset: 2 ** 40, count: 5 },
    ]) {
      const page = await readRelationPage(db, listEnd, ids, window);
      for (const id of ids) {
        const want = (expected.get(id) ?? []).slice(window.offset, window.offset + window.count);
        expect(shown(page.get(id))).toEqual(shown(want));
      }
    }
  });
});

function prefixOf(label: string): string {
  const prefix = GRAPH_MODEL.nodes[label]?.idPrefix;
  if (prefix === undefined) throw new Error(`no id prefix for ${label}`);
  return prefix;
}
