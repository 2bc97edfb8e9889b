import type { GraphDatabase } from '../../src/db';
import { describeChecks, runDataChecks } from '../../src/checks';
import { listSeedFiles, loadSeeds } from '../../src/seed';
import { openSeededDatabase } from '../support/seeded-database';

describe('data checks on the seeded graph', () => {
  let db: GraphDatabase;
  beforeAll(async () => {
    db = await openSeededDatabase();
  });
  afterAll(() => db.close());

  it('all pass, and every check ran', async () => {
    const results = await runDataChecks(db);
    expect(results).toHaveLength(9);
    // On failure the report names every offending id and its seed file.
    expect({ report: describeChecks(results), ok: results.every((r) => r.ok) }).toMatchObject({ ok: true });
  });

  it('seeding a second time creates nothing', async () => {
    const report = await loadSeeds(db, listSeedFiles());
    expect(report.total).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
  });

  it('the graph holds the expected counts per label', async () => {
    const totals = await db.read({
      name: 'test',
      text: `RETURN COUNT { MATCH (s:Source) } AS sources, COUNT { MATCH (c:City) } AS cities,
                     COUNT { MATCH (o:Organization) } AS organisations, COUNT { MATCH (m:Meeting) } AS meetings,
                     COUNT { MATCH (s:Summit) } AS summits, COUNT { MATCH (c:Chairmanship) } AS chairmanships`,
    });
    // Five documents plus general knowledge; 26 pilot cities plus Osaka and Yokohama; the officers'
    // employers (25) are organisations too.
    expect(totals[0]).toEqual({
      sources: 6,
      cities: 28,
      organisations: 38,
      meetings: 7,
      summits: 4,
      chairmanships: 6,
    });
  });
});
