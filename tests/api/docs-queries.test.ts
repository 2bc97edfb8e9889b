import { readExampleQueries } from '../../src/graphql/plugins/example-queries';
import { startTestApi } from './support/api-server';
import type { TestApi } from './support/api-server';

/**
 * Every example of docs/queries.md runs without errors and returns what the
 * text under it claims (the strings below are taken from those claims).
 */
const CLAIMS: Record<string, string[]> = {
  'How big is the graph?': ['"label":"MemberState","count":10', '"label":"Officer","count":28'],
  'Look anything up by id': ['"__typename":"Network"', 'ASEAN Smart Cities Network', '"ASCN"', '"ACSN"'],
  'Search by name or alias': ['Ho Chi Minh City', '"HCMC"', '"name":"Vietnam"'],
  'Who is the Chief Smart City Officer of Cebu City, and what is their designation?': [
    'Nigel Paul C. Villarete',
    '"designation":"City Administrator"',
    'source:ascn-article-csco-table',
  ],
  'Which pilot cities are in Thailand?': [
    '"totalCount":3',
    'Bangkok',
    'Chonburi',
    'Phuket',
    'source:general-knowledge',
  ],
  'Which organisation signed an MOU with JETRO, and at which event?': [
    '"id":"org:undp"',
    'Inaugural Meeting of the ASCN',
    '"date":"2018-07-08"',
    '"heldIn":{"name":"Singapore"}',
  ],
  'Which summit adopted the ASEAN Outlook on the Indo-Pacific (AOIP)?': [
    '"action":"adopted"',
    '34th ASEAN Summit',
    '"heldIn":{"name":"Bangkok"}',
    'source:ascn-meeting-2019-press-statement',
  ],
  'Where exactly does a document say it?': [
    '"file":"000_bf04bba220c747ac.txt"',
    '"locator":"L4","line":4,"start":null,"end":null',
    '"locator":"L6:0-265"',
    '"name":"Thailand"',
  ],
  'Who employs a Chief Smart City Officer, and where is that body?': [
    '"post":"Chairman"',
    "Hanoi People's Committee",
    '"kind":"city government"',
    '"basedIn":{"nodes":[{"name":"Hanoi"}]}',
  ],
  'Who chaired the ASCN in 2020, and from where was its annual meeting chaired?': [
    '"holder":{"name":"Vietnam"}',
    'source:ascn-meeting-2020-news-report',
    '"date":"2020-07-17"',
    '"online":true',
    '"heldIn":{"name":"Hanoi"}',
    'Pham Hong Ha',
  ],
  'How many projects did the ASCN have, by year?': [
    '"value":65,"year":"2021"',
    '"value":77,"year":"2022"',
    'source:asean-profile-page',
  ],
  'A timeline of meetings': ['ASCN Governance Workshop', '2021 ASEAN Mayors Forum'],
  'The core areas of ASUS, in the order the source lists them': [
    '"name":"Civic and social aspects","kind":"core area","ordinal":1',
  ],
  'Member states, their cities and officers, in one request': ['Nigel Paul C. Villarete'],
  'Page through a long list': ['"hasNextPage":true'],
  'What surrounds Cebu City, ready to draw?': [
    '"id":"state:ph"',
    '"type":"SERVES"',
    '"type":"LOCATED_IN"',
    '"name":"position"',
    '"truncated":false',
  ],
  'How is Cebu City connected to JETRO?': [
    '"from":"agreement:undp-jetro-mou-2018","type":"PARTY_TO","to":"org:jetro","forward":false',
    '"length":5',
  ],
  'What happened between 2018 and 2019?': [
    '"event":"took place"',
    '"precision":"DAY"',
    '"precision":"YEAR"',
    '"event":"joined"',
    '"relationshipType":"MEMBER_OF"',
    '"label":"Framework"',
  ],
  'How many pilot cities and officers per member state?': [
    '"totalCount":26',
    '{"count":4,"node":{"name":"Malaysia"}}',
    '{"key":"state:my","count":5}',
  ],
  'Search for something half remembered': [
    '"node":{"__typename":"City","id":"city:naypyidaw","name":"Naypyidaw"}',
    '"field":"aliases","value":"Nay Pyi Taw"',
    '"field":"designation"',
  ],
  'Export a neighbourhood for Gephi': ['<gexf', 'ASEAN Smart Cities Network', '"truncated":false'],
  'How are Hanoi, Vietnam and the ASCN linked?': [
    '{"source":"city:hanoi","type":"LOCATED_IN","target":"state:vn"}',
    '{"source":"state:vn","type":"MEMBER_OF","target":"network:ascn"}',
  ],
};

describe('docs/queries.md', () => {
  let api: TestApi;
  const examples = readExampleQueries();
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('has a claim checked here for every example', () => {
    expect(examples.map((e) => e.title).sort()).toEqual(Object.keys(CLAIMS).sort());
  });

  it.each(examples.map((e) => [e.title, e.query]))('%s', async (title, query) => {
    const body = await api.post(query, {}, { 'x-query-stats': '1' });
    expect(body.errors).toBeUndefined();
    const text = JSON.stringify(body.data);
    for (const claim of CLAIMS[title] ?? []) expect(text).toContain(claim);
    if (title.startsWith('Member states, their cities')) {
      expect(body.extensions?.queryStats?.roundTrips).toBe(3);
      expect(text.match(/"designation"/g)).toHaveLength(28);
    }
    if (title.startsWith('The core areas of ASUS')) {
      const names = (body.data as { framework: { parts: { nodes: { __typename: string }[] } } }).framework.parts.nodes;
      expect(names.slice(0, 6).every((n) => n.__typename === 'FrameworkArea')).toBe(true);
    }
  });
});
