import type { GraphDatabase } from '../../src/db';
import { runDataChecks } from '../../src/checks';
import type { CheckResult, SeedLocator } from '../../src/checks';
import { openTestDatabase } from '../support/test-database';

/**
 * Each check must fail on the data it guards against. A small graph is built
 * statement by statement; the locator stands in for the seed files.
 */
const locator: SeedLocator = {
  nodeFile: (id) => (id.startsWith('city:') ? 'seeds/040-cities.cypher' : undefined),
  relationshipSites: (fromId) =>
    fromId.startsWith('officer:') ? [{ type: 'SERVES', file: 'seeds/050-officers.cypher' }] : [],
};

const BASE = [
  "MERGE (s:Source {id: 'source:doc'}) SET s.name = 'Doc', s.sources = ['source:doc']",
  "MERGE (n:Network {id: 'network:ascn'}) SET n.name = 'ASEAN Smart Cities Network', n.sources = ['source:doc']",
  "MERGE (s:MemberState {id: 'state:th'}) SET s.name = 'Thailand', s.sources = ['source:doc']",
  "MERGE (c:City {id: 'city:bangkok'}) SET c.name = 'Bangkok', c.pilot = true, c.sources = ['source:doc']",
  "MATCH (a:City {id: 'city:bangkok'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:doc']",
  "MATCH (a:City {id: 'city:bangkok'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:doc']",
  "MERGE (o:Officer {id: 'officer:a'}) SET o.name = 'A', o.sources = ['source:doc']",
  "MATCH (a:Officer {id: 'officer:a'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:SERVES]->(b) SET r.sources = ['source:doc']",
];

async function checksWith(db: GraphDatabase, extra: string[]): Promise<Map<string, CheckResult>> {
  await db.runScript([[...BASE, ...extra].map((text, i) => ({ text, line: i + 1 }))], { dryRun: false });
  const results = await runDataChecks(db, { locator });
  return new Map(results.map((r) => [r.name, r]));
}

const named = (results: Map<string, CheckResult>, start: string): CheckResult => {
  const found = [...results.values()].find((r) => r.name.startsWith(start));
  if (found === undefined) throw new Error(`no check named "${start}…"`);
  return found;
};

describe('data checks on bad data', () => {
  let db: GraphDatabase;
  beforeEach(async () => {
    db = await openTestDatabase();
  });
  afterEach(() => db.close());

  it('pass on the small valid graph except for the totals', async () => {
    const results = await checksWith(db, []);
    const failing = [...results.values()].filter((r) => !r.ok).map((r) => r.name);
    expect(failing).toEqual([expect.stringMatching(/^totals/)]);
    expect(named(results, 'totals').problems).toEqual([
      'memberStates: 1 in the graph, expected 10',
      'officers: 1 in the graph, expected 28',
      'pilotCities: 1 in the graph, expected 26',
    ]);
  });

  it('catch a pilot city with no member state and outside the ASCN, naming id and seed file', async () => {
    const results = await checksWith(db, [
      "MERGE (c:City {id: 'city:nowhere'}) SET c.name = 'Nowhere', c.pilot = true, c.sources = ['source:doc']",
    ]);
    expect(named(results, 'every pilot city').problems).toEqual([
      'city:nowhere (seeds/040-cities.cypher): LOCATED_IN 0 member states, expected exactly 1',
      'city:nowhere (seeds/040-cities.cypher): pilot city not MEMBER_OF network:ascn',
    ]);
  });

  it('catch a city in two member states', async () => {
    const results = await checksWith(db, [
      "MERGE (s:MemberState {id: 'state:vn'}) SET s.name = 'Vietnam', s.sources = ['source:doc']",
      "MATCH (a:City {id: 'city:bangkok'}), (b:MemberState {id: 'state:vn'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:doc']",
    ]);
    expect(named(results, 'every pilot city').problems).toEqual([
      'city:bangkok (seeds/040-cities.cypher): LOCATED_IN 2 member states, expected exactly 1',
    ]);
  });

  it('catch missing and unknown sources on nodes and relationships', async () => {
    const results = await checksWith(db, [
      "MERGE (c:Country {id: 'country:au'}) SET c.name = 'Australia'",
      "MERGE (c:Country {id: 'country:jp'}) SET c.name = 'Japan', c.sources = ['source:rumour']",
      "MATCH (a:Officer {id: 'officer:a'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:SERVES]->(b) SET r.sources = ['source:hearsay']",
      "MATCH (a:City {id: 'city:bangkok'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = NULL",
    ]);
    expect(named(results, 'every node and relationship').problems).toEqual([
      'city:bangkok -> state:th (not defined in seeds/): no sources',
      'country:au (not defined in seeds/): no sources',
    ]);
    expect(named(results, 'every cited source').problems).toEqual([
      'country:jp (not defined in seeds/): cites unknown source source:rumour',
      'officer:a -[SERVES]-> city:bangkok (seeds/050-officers.cypher): cites unknown source source:hearsay',
    ]);
  });

  it('catch an officer who serves nothing', async () => {
    const results = await checksWith(db, [
      "MERGE (o:Officer {id: 'officer:b'}) SET o.name = 'B', o.sources = ['source:doc']",
    ]);
    expect(named(results, 'every officer').problems).toEqual(['officer:b (not defined in seeds/): SERVES nothing']);
  });

  it('catch ids that break the convention or repeat across labels', async () => {
    const results = await checksWith(db, [
      "MERGE (c:City {id: 'state:th'}) SET c.name = 'Thai City', c.sources = ['source:doc']",
      "MERGE (c:City {id: 'city:Bad Slug'}) SET c.name = 'Bad', c.sources = ['source:doc']",
    ]);
    expect(named(results, 'ids are unique').problems).toEqual([
      'city:Bad Slug (seeds/040-cities.cypher): not of the form <prefix>:<lower-case slug>',
      'state:th (not defined in seeds/): a City whose prefix belongs to MemberState',
      'state:th (not defined in seeds/): id used by both City and MemberState',
    ]);
  });

  it('catch a shared name or alias unless a note names the other node', async () => {
    const results = await checksWith(db, [
      "MERGE (c:City {id: 'city:krung-thep'}) SET c.name = 'Krung Thep', c.aliases = ['BANGKOK'], c.sources = ['source:doc']",
      "MERGE (o:Officer {id: 'officer:a2'}) SET o.name = 'a', o.note = 'Not officer:a, a namesake.', o.sources = ['source:doc']",
    ]);
    expect(named(results, 'no two nodes').problems).toEqual([
      'City "Bangkok" is shared by city:bangkok (seeds/040-cities.cypher), city:krung-thep (seeds/040-cities.cypher)',
    ]);
  });
});
