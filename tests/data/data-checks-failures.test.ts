import type { GraphDatabase } from '../../src/db';
import { runDataChecks } from '../../src/checks';
import type { CheckResult, SeedLocator } from '../../src/checks';
import { openTestDatabase } from '../support/test-database';
import { projectPath } from '../../src/paths';

/**
 * Each check must fail on the data it guards against. A small graph is built
 * statement by statement; the locator stands in for the seed files.
 */
const locator: SeedLocator = {
  nodeFile: (id) => (id.startsWith('city:') ? 'seeds/040-cities.cypher' : undefined),
  relationshipSites: (fromId) =>
    fromId.startsWith('officer:') ? [{ type: 'SERVES', file: 'seeds/050-officers.cypher' }] : [],
};

// The stored copy of source:doc is tests/fixtures/sources/doc.txt: line 1 names the source, the city, the
// state and the network, line 3 the officer and the city.
const SOURCES_DIR = projectPath('tests', 'fixtures', 'sources');
const L1 = "s.sources = ['source:doc'], s.citations = ['source:doc#L1']";
const at = (v: string, cite = 'source:doc#L1'): string => `${v}.sources = ['source:doc'], ${v}.citations = ['${cite}']`;
const BASE = [
  `MERGE (s:Source {id: 'source:doc'}) SET s.name = 'Doc', s.file = 'doc.txt', ${L1}`,
  `MERGE (n:Network {id: 'network:ascn'}) SET n.name = 'ASEAN Smart Cities Network', ${at('n')}`,
  `MERGE (s:MemberState {id: 'state:th'}) SET s.name = 'Thailand', ${at('s')}`,
  `MERGE (c:City {id: 'city:bangkok'}) SET c.name = 'Bangkok', c.pilot = true, ${at('c')}`,
  `MATCH (a:City {id: 'city:bangkok'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET ${at('r')}`,
  `MATCH (a:City {id: 'city:bangkok'}), (b:Network {id: 'network:ascn'}) MERGE (a)-[r:MEMBER_OF]->(b) SET ${at('r')}`,
  `MERGE (o:Officer {id: 'officer:a'}) SET o.name = 'A', ${at('o', 'source:doc#L3')}`,
  `MATCH (a:Officer {id: 'officer:a'}), (b:City {id: 'city:bangkok'}) MERGE (a)-[r:SERVES]->(b) SET ${at('r', 'source:doc#L3:0-17')}`,
];

async function checksWith(db: GraphDatabase, extra: string[]): Promise<Map<string, CheckResult>> {
  await db.runScript([[...BASE, ...extra].map((text, i) => ({ text, line: i + 1 }))], { dryRun: false });
  const results = await runDataChecks(db, { locator, sourcesDir: SOURCES_DIR });
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

  it('catch citations whose locator is wrong, naming the file, the line and the cause', async () => {
    const results = await checksWith(db, [
      `MERGE (c:City {id: 'city:nakhon'}) SET c.name = 'Nakhon', c.sources = ['source:doc'], c.citations = ['source:doc#L2', 'source:doc#L9']`,
      `MERGE (c:City {id: 'city:phuket'}) SET c.name = 'Phuket', c.sources = ['source:doc'], c.citations = ['source:doc#L1:10-400']`,
      `MERGE (c:City {id: 'city:chonburi'}) SET c.name = 'Chonburi', c.sources = ['source:doc'], c.citations = ['source:doc', 'source:doc#L1:9-3']`,
      `MERGE (c:City {id: 'city:krabi'}) SET c.name = 'Krabi', c.sources = ['source:doc', 'source:general-knowledge'], c.citations = ['source:doc#L1']`,
    ]);
    expect(named(results, 'every citation points').problems).toEqual([
      'city:chonburi (seeds/040-cities.cypher): citation "source:doc" has no locator: doc.txt needs #L<line>',
      'city:chonburi (seeds/040-cities.cypher): citation "source:doc#L1:9-3" is not of the form source:<slug>[#L<line>[:<start>-<end>]]',
      'city:krabi (seeds/040-cities.cypher): cites source:general-knowledge in sources but has no citation of it',
      'city:nakhon (seeds/040-cities.cypher): citation "source:doc#L2": doc.txt line 2 is empty',
      'city:nakhon (seeds/040-cities.cypher): citation "source:doc#L9": doc.txt has 3 lines, not 9',
      'city:phuket (seeds/040-cities.cypher): citation "source:doc#L1:10-400": doc.txt line 1 has 91 characters, the range ends at 400',
    ]);
  });

  it('catch a cited passage that does not mention the node, or one end of a relationship', async () => {
    const results = await checksWith(db, [
      `MERGE (c:City {id: 'city:hat-yai'}) SET c.name = 'Hat Yai', c.aliases = ['Haad Yai'], ${at('c')}`,
      `MATCH (a:City {id: 'city:bangkok'}), (b:MemberState {id: 'state:th'}) MERGE (a)-[r:LOCATED_IN]->(b) SET ${at('r', 'source:doc#L1:0-30')}`,
      `MERGE (c:City {id: 'city:bang-kok'}) SET c.name = 'BANGKÓK', ${at('c')}`,
    ]);
    expect(named(results, 'every cited passage').problems).toEqual([
      'city:bangkok -[LOCATED_IN]-> state:th (not defined in seeds/): the passages cited from source:doc do not mention "Thailand"',
      'city:hat-yai (seeds/040-cities.cypher): citation "source:doc#L1": doc.txt line 1 does not mention "Hat Yai" (nor an alias or mentionedAs)',
    ]);
  });
});
