import { GRAPH_MODEL } from '../../src/model';
import { readGraphCounts } from '../../src/graph/repository';
import { openTestDatabase, q } from '../support/test-database';

describe('graph statistics query', () => {
  it('reports every label and relationship type, with 0 for the empty ones', async () => {
    const db = await openTestDatabase();
    try {
      await db.write(q("MERGE (c:City {id: 'city:only'}) SET c.name = 'Only'"));
      const counts = await readGraphCounts(db);
      const byName = new Map(counts.map((row) => [row.name, row.count]));
      expect(byName.size).toBe(Object.keys(GRAPH_MODEL.nodes).length + Object.keys(GRAPH_MODEL.relationships).length);
      expect(byName.get('City')).toBe(1);
      expect(byName.get('MemberState')).toBe(0);
      expect(byName.get('LOCATED_IN')).toBe(0);
    } finally {
      await db.close();
    }
  });
});
