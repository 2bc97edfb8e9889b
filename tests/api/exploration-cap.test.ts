import type { GraphDatabase } from '../../src/db';
import { readEdgesAround, readEdgesAroundCapped } from '../../src/graph/exploration';
import { openSeededDatabase } from '../support/seeded-database';
import { q } from '../support/test-database';

/**
 * A neighbourhood reads at most `limit` relationships of each node, cut in the engine: all of a node's when it has
 * no more, else its first by the other end's id, then the type, then outgoing before incoming. Checked here for
 * every seeded node against all its relationships read uncut, one node at a time and in batches (which run the
 * per-id files on Kùzu, and the ordered query for the nodes that have more).
 */
describe('relationships around nodes, cut per node', () => {
  let db: GraphDatabase;
  let ids: string[];
  beforeAll(async () => {
    db = await openSeededDatabase({ readCacheMb: 0 });
    ids = (await db.read(q('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id ORDER BY id', 'test/all-ids'))).map(
      (row) => String(row.id),
    );
  });
  afterAll(() => db.close());

  /** The rule, restated: a node's relationships in cut order, as `source|TYPE|target` ids. */
  async function expected(
    id: string,
    limit: number,
    types?: ReadonlySet<string>,
  ): Promise<{ kept: string[]; cut: boolean }> {
    const around = (await readEdgesAround(db, [id])).filter(({ edge }) => types === undefined || types.has(edge.type));
    const all = around.map(({ edge }) => {
      const out = edge.source === id;
      return { id: edge.id, key: [out ? edge.target : edge.source, edge.type, out ? '0' : '1'] };
    });
    const seen = new Map(all.map((e) => [e.id, e]));
    const sorted = [...seen.values()].sort((a, b) => {
      for (let i = 0; i < 3; i += 1)
        if (a.key[i] !== b.key[i]) return (a.key[i] as string) < (b.key[i] as string) ? -1 : 1;
      return 0;
    });
    return { kept: sorted.slice(0, limit).map((e) => e.id), cut: sorted.length > limit };
  }

  it.each([
    [1, undefined],
    [3, undefined],
    [8, undefined],
    [40, undefined],
    [2, new Set(['MEMBER_OF', 'CHAIR_OF', 'SERVES'])],
    [2, new Set(['LOCATED_IN'])],
  ])('keeps every node’s first %i relationships (of the types %p), alone and in batches of 7', async (limit, types) => {
    let cutSome = false;
    for (const id of ids) {
      const want = await expected(id, limit, types);
      const got = await readEdgesAroundCapped(db, [id], limit, types);
      expect({ id, kept: got.found.map(({ edge }) => edge.id).sort(), cut: got.cut }).toEqual({
        id,
        kept: [...want.kept].sort(),
        cut: want.cut,
      });
      cutSome ||= want.cut;
    }
    // Some node (the ASCN, a member state) still has more: the hubs' query runs in every case.
    expect(cutSome).toBe(true);
    for (let i = 0; i < ids.length; i += 7) {
      const batch = ids.slice(i, i + 7);
      const wants = await Promise.all(batch.map((id) => expected(id, limit, types)));
      const got = await readEdgesAroundCapped(db, batch, limit, types);
      const kept = new Set(wants.flatMap((w) => w.kept));
      // A relationship between two nodes of the batch is read from both ends: once per end that keeps it.
      expect(new Set(got.found.map(({ edge }) => edge.id))).toEqual(kept);
      expect(got.cut).toBe(wants.some((w) => w.cut));
      const order = got.found.map(({ edge }) => edge.id);
      expect(order).toEqual([...order].sort());
    }
  });
});
