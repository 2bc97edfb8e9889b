import type { GraphDatabase, Row, Value } from '../../src/db';
import { openSeededDatabase } from '../support/seeded-database';

/**
 * The questions issue 3 says a researcher must be able to answer from the
 * graph alone, as plain Cypher traversals, each answer with its sources.
 */
let db: GraphDatabase;
beforeAll(async () => {
  db = await openSeededDatabase();
});
afterAll(() => db.close());

const ask = (text: string): Promise<Row[]> => db.read({ name: 'test', text });

/** Every `*Sources` column of every row is a non-empty list of source ids. */
function expectSourced(rows: Row[]): void {
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    const lists = Object.entries(row).filter(([key]) => key.endsWith('Sources'));
    expect(lists.length).toBeGreaterThan(0);
    for (const [, list] of lists) {
      expect(Array.isArray(list) && list.length > 0).toBe(true);
      for (const id of list as Value[]) expect(id).toMatch(/^source:[a-z0-9-]+$/);
    }
  }
}

describe('researcher questions', () => {
  it('who is the CSCO of Cebu City, and what is their designation', async () => {
    const rows = await ask(`
      MATCH (o:Officer)-[s:SERVES]->(c:City)
      WHERE toLower(c.name) = 'cebu city'
      RETURN o.name AS officer, o.designation AS designation, o.sources AS officerSources, s.sources AS servesSources`);
    expect(rows).toMatchObject([{ officer: 'Nigel Paul C. Villarete', designation: 'City Administrator' }]);
    expect(rows[0]?.servesSources).toEqual(['source:ascn-article-csco-table']);
    expectSourced(rows);
  });

  it('which pilot cities are in Thailand', async () => {
    const rows = await ask(`
      MATCH (c:City)-[l:LOCATED_IN]->(s:MemberState)
      WHERE c.pilot = true AND (s.name = 'Thailand' OR 'Thailand' IN s.aliases)
      RETURN c.name AS city, c.sources AS citySources, l.sources AS locatedSources
      ORDER BY city`);
    expect(rows.map((r) => r.city)).toEqual(['Bangkok', 'Chonburi', 'Phuket']);
    expectSourced(rows);
  });

  it('which organisation signed an MOU with JETRO, and at which event', async () => {
    const rows = await ask(`
      MATCH (j:Organization)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(o:Organization)
      WHERE 'JETRO' IN j.aliases AND a.kind = 'MOU' AND o.id <> j.id
      MATCH (a)-[s:SIGNED_AT]->(m:Meeting)
      RETURN o.name AS partner, m.name AS event, m.date AS date, a.sources AS agreementSources, s.sources AS signedSources`);
    expect(rows).toMatchObject([
      { partner: 'United Nations Development Programme', event: 'Inaugural Meeting of the ASCN', date: '2018-07-08' },
    ]);
    expectSourced(rows);
  });

  it('which summit adopted the AOIP', async () => {
    const rows = await ask(`
      MATCH (f:Framework)-[r:ADOPTED_AT]->(s:Summit)
      WHERE 'AOIP' IN f.aliases AND r.action = 'adopted'
      MATCH (s)-[h:HELD_IN]->(c:City)
      RETURN s.name AS summit, s.date AS date, c.name AS city, r.sources AS adoptedSources, h.sources AS heldSources`);
    expect(rows).toMatchObject([{ summit: '34th ASEAN Summit', date: '2019-06', city: 'Bangkok' }]);
    expectSourced(rows);
  });

  it('how many projects the ASCN had in 2022, and in which report', async () => {
    const rows = await ask(`
      MATCH (m:Metric)-[r:MEASURES]->(n:Network)
      WHERE 'ASCN' IN n.aliases AND m.unit = 'projects' AND m.year = '2022'
      MATCH (m)-[:REPORTED_IN]->(f:Framework)
      RETURN m.value AS projects, f.name AS report, m.sources AS metricSources, r.sources AS measuresSources`);
    expect(rows).toMatchObject([{ projects: 77, report: '2022 Monitoring & Evaluation Report' }]);
    expectSourced(rows);
  });

  it('who chaired the 2020 ASCN annual meeting, and from where', async () => {
    const rows = await ask(`
      MATCH (m:Meeting)-[:MEETING_OF]->(n:Network {id: 'network:ascn'})
      WHERE m.kind = 'annual meeting' AND m.date STARTS WITH '2020'
      MATCH (m)-[c:CHAIRED_BY]->(p:Person)
      MATCH (m)-[h:HELD_IN]->(city:City)
      RETURN p.name AS chair, p.title AS title, city.name AS place, m.online AS online, m.date AS date,
             c.sources AS chairSources, h.sources AS placeSources`);
    expect(rows).toMatchObject([
      {
        chair: 'Pham Hong Ha',
        title: 'Minister of Construction of Vietnam',
        place: 'Hanoi',
        online: true,
        date: '2020-07-17',
      },
    ]);
    expectSourced(rows);
  });

  it('where and when the ASCN was established, and under whose chairmanship', async () => {
    const rows = await ask(`
      MATCH (n:Network {id: 'network:ascn'})-[e:ESTABLISHED_AT]->(s:Summit)
      MATCH (n)-[d:ESTABLISHED_BY]->(c:Chairmanship)-[:HELD_BY]->(holder:MemberState)
      RETURN s.name AS summit, s.date AS date, holder.name AS chair, e.sources AS atSources, d.sources AS bySources`);
    expect(rows).toMatchObject([{ summit: '32nd ASEAN Summit', date: '2018-04', chair: 'Singapore' }]);
    expectSourced(rows);
  });

  it('who held the chair of ASEAN and of the ASCN, year by year', async () => {
    const rows = await ask(`
      MATCH (c:Chairmanship)-[h:HELD_BY]->(s:MemberState)
      RETURN c.body AS body, c.year AS year, s.name AS holder, h.sources AS heldSources
      ORDER BY body, year`);
    expect(rows.map((r) => `${String(r.body)} ${String(r.year)} ${String(r.holder)}`)).toEqual([
      'ASCN 2018 Singapore',
      'ASCN 2019 Thailand',
      'ASCN 2020 Vietnam',
      'ASEAN 2018 Singapore',
      'ASEAN 2019 Thailand',
      'ASEAN 2020 Vietnam',
    ]);
    expectSourced(rows);
  });

  it('what theme Vietnam set for the ASCN in 2020', async () => {
    const rows = await ask(`
      MATCH (c:Chairmanship)-[h:HELD_BY]->(:MemberState {id: 'state:vn'})
      WHERE c.body = 'ASCN' AND c.year = 2020
      MATCH (g:FrameworkArea)-[p:PART_OF]->(c)
      RETURN c.theme AS theme, g.name AS goal, c.sources AS chairSources, p.sources AS goalSources
      ORDER BY g.ordinal`);
    expect(rows[0]?.theme).toBe(
      'Smart Cities - Towards the community, identity and sustainable development for a cohesive, proactive and adaptive ASEAN',
    );
    expect(rows.map((r) => r.goal)).toHaveLength(5);
    expectSourced(rows);
  });

  it('which officers serve Kota Kinabalu, in table order', async () => {
    const rows = await ask(`
      MATCH (o:Officer)-[s:SERVES]->(c:City {id: 'city:kota-kinabalu'})
      RETURN o.name AS officer, s.position AS position, s.sources AS servesSources
      ORDER BY position`);
    expect(rows.map((r) => r.officer)).toEqual(['Stanley Chong Hon Chung', 'Tantinny Fung Chew Li']);
    expectSourced(rows);
  });

  it('finds cities and states by the spellings the documents use', async () => {
    const rows = await ask(`
      UNWIND ['Nay Pyi Taw', 'DKI Jakarta', 'HCMC'] AS spelling
      MATCH (c:City)
      WHERE c.name = spelling OR spelling IN c.aliases
      RETURN spelling AS spelling, c.id AS id, c.sources AS citySources
      ORDER BY spelling`);
    expect(rows.map((r) => [r.spelling, r.id])).toEqual([
      ['DKI Jakarta', 'city:jakarta'],
      ['HCMC', 'city:ho-chi-minh-city'],
      ['Nay Pyi Taw', 'city:naypyidaw'],
    ]);
    expectSourced(rows);
  });

  it('what ASUS is part of, and its core areas', async () => {
    const rows = await ask(`
      MATCH (asus:Framework)-[p:PART_OF]->(area:FrameworkArea)-[:PART_OF]->(plan:Framework)
      WHERE 'ASUS' IN asus.aliases
      MATCH (core:FrameworkArea {kind: 'core area'})-[:PART_OF]->(asus)
      RETURN area.name AS area, plan.name AS plan, count(core) AS coreAreas, p.sources AS partSources`);
    expect(rows).toMatchObject([
      { area: 'Sustainable Infrastructure', plan: 'Master Plan on ASEAN Connectivity 2025', coreAreas: 6 },
    ]);
    expectSourced(rows);
  });

  it('how much Australia pledged, and when', async () => {
    const rows = await ask(`
      MATCH (c:Country {id: 'country:au'})-[p:PARTY_TO]->(a:Agreement)
      RETURN a.amount AS amount, a.currency AS currency, a.date AS date, p.sources AS partySources`);
    expect(rows).toMatchObject([{ amount: 30000000, currency: 'AUD', date: '2018-03' }]);
    expectSourced(rows);
  });

  // Dead ends before the second extraction pass (issue 15): the answers were in text properties or missing.

  it('which Vietnamese city bodies employ Chief Smart City Officers, and in which city', async () => {
    const rows = await ask(`
      MATCH (o:Officer)-[w:WORKS_FOR]->(g:Organization)-[b:BASED_IN]->(c:City)-[:LOCATED_IN]->(s:MemberState {id: 'state:vn'})
      RETURN g.name AS employer, c.name AS city, w.post AS post, w.sources AS worksSources, b.sources AS basedSources
      ORDER BY employer`);
    expect(rows.map((r) => [r.employer, r.city, r.post])).toEqual([
      ['Da Nang Department of Information and Communication', 'Da Nang', 'Director'],
      ["Hanoi People's Committee", 'Hanoi', 'Chairman'],
      ["Ho Chi Minh City People's Committee", 'Ho Chi Minh City', 'Vice Chairman'],
    ]);
    expectSourced(rows);
  });

  it('which AOIP priority areas the ASCN promotes', async () => {
    const rows = await ask(`
      MATCH (n:Network {id: 'network:ascn'})-[p:PROMOTES]->(a:FrameworkArea)-[:PART_OF]->(f:Framework)
      RETURN a.name AS area, f.name AS framework, p.sources AS promotesSources
      ORDER BY area`);
    expect(rows.map((r) => r.area)).toEqual(['Connectivity', 'Sustainable development']);
    expect(rows.every((r) => r.framework === 'ASEAN Outlook on the Indo-Pacific')).toBe(true);
    expectSourced(rows);
  });

  it('what was to be reported or submitted to the 35th ASEAN Summit, as planned', async () => {
    const rows = await ask(`
      MATCH (x)-[r:REPORTED_TO|SUBMITTED_TO]->(s:Summit {id: 'summit:asean-35'})
      RETURN x.id AS id, r.qualifier AS qualifier, r.sources AS relSources
      ORDER BY id`);
    expect(rows).toMatchObject([
      { id: 'framework:ascn-terms-of-reference', qualifier: 'planned' },
      { id: 'network:ascn', qualifier: 'planned' },
    ]);
    const adoptedThere = await ask(`MATCH (x)-[r:ADOPTED_AT]->(s:Summit {id: 'summit:asean-35'}) RETURN x.id AS id`);
    expect(adoptedThere).toEqual([]);
    expectSourced(rows);
  });

  it('which publications the mirror article cites, in reference order', async () => {
    const rows = await ask(`
      MATCH (s:Source {id: 'source:ascn-article-mirror'})-[c:CITES]->(p)
      RETURN p.id AS id, c.reference AS reference, c.sources AS citesSources
      ORDER BY reference`);
    expect(rows.map((r) => [r.reference, r.id])).toEqual([
      [1, 'framework:ascn-concept-note'],
      [2, 'pub:asean-32-chairmans-statement'],
      [4, 'pub:straits-times-2018-03-18-smart-cities-fund'],
      [5, 'pub:todayonline-five-agreements'],
      [6, 'pub:jetro-undp-mou-sdgs'],
    ]);
    expectSourced(rows);
  });
});
