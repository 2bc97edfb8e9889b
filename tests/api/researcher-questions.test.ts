import {
  AdoptedAtDocument,
  CebuCityOfficersDocument,
  ChairOfDocument,
  PartnersOfDocument,
  PilotCitiesOfDocument,
} from '../../src/generated/operations';
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
});
