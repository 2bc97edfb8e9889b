import fs from 'node:fs';
import path from 'node:path';
import {
  AdoptedAtDocument,
  AdoptedOrSubmittedDocument,
  CebuCityOfficersDocument,
  ChairOfDocument,
  CitedForDocument,
  EmployerOfDocument,
  PartiesBasedInDocument,
  PartnersOfDocument,
  PilotCitiesOfDocument,
  WhereStatedDocument,
} from '../../src/generated/operations';
import { SOURCES_DIR } from '../../src/checks/citation-checks';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/** The questions of issue 4's "Done when", answered over HTTP from the seeded graph, with their sources. */
describe('researcher questions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('names the CSCO of Cebu City and their designation, citing the officer table', async () => {
    const data = await api.run(CebuCityOfficersDocument);
    expect(data.cities.nodes.map((c) => c.id)).toEqual(['city:cebu-city']);
    const [edge] = data.cities.nodes[0]?.officers.edges ?? [];
    expect(edge?.node).toMatchObject({
      name: 'Nigel Paul C. Villarete',
      role: 'Chief Smart City Officer',
      designation: 'City Administrator',
    });
    expect(edge?.node.sources.map((s) => s.id)).toEqual(['source:ascn-article-csco-table']);
    expect(edge?.sources.map((s) => s.id)).toEqual(['source:ascn-article-csco-table']);
    expect(edge?.node.sources[0]?.title).toEqual(expect.any(String));
  });

  it('lists the pilot cities of Thailand, with the source for each city and for its member state', async () => {
    const data = await api.run(PilotCitiesOfDocument, { memberState: 'state:th' });
    expect(data.memberState?.name).toBe('Thailand');
    expect(data.cities.nodes.map((c) => c.name)).toEqual(['Bangkok', 'Chonburi', 'Phuket']);
    expect(data.cities.totalCount).toBe(3);
    for (const city of data.cities.nodes) {
      expect(city.sources.length).toBeGreaterThan(0);
      expect(city.memberStateEdge?.sources.map((s) => s.id)).toEqual(['source:general-knowledge']);
    }
  });

  it('finds that UNDP signed an MOU with JETRO at the inaugural ASCN meeting', async () => {
    const data = await api.run(PartnersOfDocument, { organization: 'org:jetro' });
    const mou = data.organization?.agreements.edges.map((e) => e.node).find((a) => a.kind === 'MOU');
    expect(mou?.id).toBe('agreement:undp-jetro-mou-2018');
    const others = mou?.parties.edges.map((e) => e.node.id).filter((id) => id !== 'org:jetro');
    expect(others).toEqual(['org:undp']);
    expect(mou?.signedAt).toMatchObject({
      __typename: 'Meeting',
      id: 'meeting:ascn-inaugural-2018',
      date: '2018-07-08',
    });
    expect(mou?.signedAtEdge?.sources.length).toBeGreaterThan(0);
    expect(mou?.sources.length).toBeGreaterThan(0);
  });

  it('finds the summit that adopted the AOIP', async () => {
    const data = await api.run(AdoptedAtDocument, { name: 'AOIP' });
    const [aoip] = data.frameworks.nodes;
    expect(aoip?.id).toBe('framework:aoip');
    const adopted = aoip?.adoptedAt.edges.filter((e) => e.action === 'adopted') ?? [];
    expect(adopted.map((e) => e.node)).toEqual([
      expect.objectContaining({ __typename: 'Summit', id: 'summit:asean-34', ordinal: 34 }),
    ]);
    expect(adopted[0]?.sources.map((s) => s.id)).toContain('source:ascn-meeting-2019-press-statement');
  });

  it('names Vietnam as the ASCN chair in 2020, citing both documents that say so', async () => {
    const data = await api.run(ChairOfDocument, { body: 'ASCN', year: 2020 });
    expect(data.chairmanships.nodes).toHaveLength(1);
    const [chair] = data.chairmanships.nodes;
    expect(chair?.holder).toEqual({ id: 'state:vn', name: 'Vietnam' });
    expect(chair?.holderEdge?.sources.map((s) => s.id).sort()).toEqual([
      'source:ascn-meeting-2019-press-statement',
      'source:ascn-meeting-2020-news-report',
    ]);
  });

  // Questions that were dead ends before the second extraction pass (issue 15).

  it('names the body the CSCO of Singapore works for, what it belongs to, and cites the table row', async () => {
    const data = await api.run(EmployerOfDocument, { officer: 'officer:tan-chee-hau' });
    const [edge] = data.officer?.worksFor.edges ?? [];
    expect(edge?.post).toBe('Director');
    expect(edge?.node).toMatchObject({
      id: 'org:smart-nation-and-digital-government-office',
      kind: 'government office',
    });
    expect(edge?.node.partOf.nodes).toEqual([{ id: 'org:sg-prime-ministers-office', name: "Prime Minister's Office" }]);
    expect(edge?.citations).toEqual([{ locator: 'L46', source: { id: 'source:ascn-article-csco-table' } }]);
  });

  it('finds where the parties to the Amata agreement are based, including Yokohama in Japan', async () => {
    const data = await api.run(PartiesBasedInDocument, { agreement: 'agreement:amata-yusa-2018' });
    const based = Object.fromEntries(
      (data.agreement?.parties.edges ?? []).map((e) => [
        e.node.id,
        e.node.__typename === 'Organization' ? e.node.basedIn.nodes : [],
      ]),
    );
    expect(based['org:amata-smart-city-chonburi']).toEqual([
      expect.objectContaining({ id: 'city:chonburi', memberState: { id: 'state:th', name: 'Thailand' } }),
    ]);
    expect(based['org:yusa']).toEqual([
      expect.objectContaining({ id: 'city:yokohama', country: { id: 'country:jp', name: 'Japan' } }),
    ]);
  });

  it('tells the adoption of the ASCN Terms of Reference from their planned submission to the 35th Summit', async () => {
    const data = await api.run(AdoptedOrSubmittedDocument, { framework: 'framework:ascn-terms-of-reference' });
    expect(data.framework?.adoptedAt.edges).toEqual([
      { action: 'adopted', node: { __typename: 'Meeting', id: 'meeting:ascn-annual-2019' } },
    ]);
    const [submitted] = data.framework?.submittedTo.edges ?? [];
    expect(submitted).toMatchObject({
      qualifier: 'planned',
      purpose: 'notation by the ASEAN Leaders',
      node: { id: 'summit:asean-35', date: '2019-11' },
    });
    expect(submitted?.citations.map((c) => c.source?.id)).toEqual(['source:ascn-meeting-2019-press-statement']);
  });

  it('points at the passage that states an entity, which the stored copy holds', async () => {
    const data = await api.run(WhereStatedDocument, { id: 'person:pham-hong-ha' });
    expect(data.node?.sources.map((s) => s.id)).toEqual([
      'source:ascn-meeting-2020-news-report',
      'source:general-knowledge',
    ]);
    const [located, general] = data.node?.citations ?? [];
    expect(general).toEqual({
      locator: null,
      line: null,
      start: null,
      end: null,
      source: expect.objectContaining({ id: 'source:general-knowledge', file: null }),
    });
    expect(located?.source?.file).toBe('004_fdecd2e313fd3794.txt');
    const lines = fs.readFileSync(path.join(SOURCES_DIR, located?.source?.file ?? ''), 'utf8').split('\n');
    const line = lines[(located?.line ?? 0) - 1] ?? '';
    const passage = located?.start == null ? line : line.slice(located.start, located.end ?? undefined);
    expect(passage).toContain('Pham Hong Ha');
  });

  it('lists the publications the article cites for the Australian fund, with reference number and publisher', async () => {
    const data = await api.run(CitedForDocument, { agreement: 'agreement:australia-smart-cities-fund-2018' });
    expect(data.agreement?.reportedBy.nodes).toEqual([
      expect.objectContaining({
        id: 'pub:straits-times-2018-03-18-smart-cities-fund',
        kind: 'news article',
        publisher: 'The Straits Times',
        date: '2018-03-18',
        citedBy: { edges: [{ reference: 4, retrieved: '2018-08-06', node: { id: 'source:ascn-article-mirror' } }] },
      }),
    ]);
  });
});
