import { GRAPH_MODEL, labelOfId } from '../../src/model';
import { q } from '../support/test-database';
import { startTestApi } from './support/api-server';
import type { ApiResponse, TestApi } from './support/api-server';

interface Entry {
  date: string;
  precision: string;
  event: string;
  property: string;
  node: { id: string };
  related: { id: string } | null;
  relationshipType: string | null;
  sources: { id: string }[];
}
type TimelineView = { truncated: boolean; undated: { label: string; count: number }[]; entries: Entry[] };

const FIELDS =
  'truncated undated { label count } entries { date precision event property node { id } related { id } relationshipType sources { id } }';

/** `timeline` over HTTP, checked against the event properties read straight from the graph, label by label. */
describe('timeline', () => {
  let api: TestApi;
  /** Every dated event as `id|related|property|date`, and per label how many nodes have no event date. */
  const events: { key: string; id: string; date: string }[] = [];
  const undated = new Map<string, number>();

  beforeAll(async () => {
    api = await startTestApi();
    for (const [label, spec] of Object.entries(GRAPH_MODEL.nodes)) {
      const props = Object.entries(spec.properties).filter(([, p]) => p.event !== undefined);
      if (props.length === 0) continue;
      const rows = await api.db.read(q(`MATCH (n:${label}) RETURN n AS n`));
      let none = 0;
      for (const { n } of rows) {
        const node = n as Record<string, unknown>;
        const dated = props.filter(([p]) => node[p] !== undefined && node[p] !== null);
        if (dated.length === 0) none += 1;
        for (const [p] of dated) {
          const date = String(node[p]).padStart(4, '0');
          events.push({ key: `${String(node.id)}||${p}|${date}`, id: String(node.id), date });
        }
      }
      if (none > 0) undated.set(label, none);
    }
    for (const [type, spec] of Object.entries(GRAPH_MODEL.relationships)) {
      for (const [p, prop] of Object.entries(spec.properties)) {
        if (prop.event === undefined) continue;
        const rows = await api.db.read(
          q(`MATCH (a)-[r:${type}]->(b) WHERE r.${p} IS NOT NULL RETURN a.id AS a, b.id AS b, r.${p} AS d`),
        );
        for (const row of rows)
          events.push({
            key: `${String(row.a)}|${String(row.b)}|${p}|${String(row.d)}`,
            id: String(row.a),
            date: String(row.d),
          });
      }
    }
  });
  afterAll(() => api.close());

  const run = (args: string): Promise<ApiResponse<{ t: TimelineView }>> =>
    api.post<{ t: TimelineView }>(`{ t: timeline(${args}) { ${FIELDS} } }`, {}, { 'x-query-stats': '1' });
  const keyOf = (e: Entry): string => `${e.node.id}|${e.related?.id ?? ''}|${e.property}|${e.date}`;
  const inRange = (date: string, from: string, to: string): boolean =>
    (date >= from || from.startsWith(date)) && (date <= to || date.startsWith(to));

  it('lists every dated fact of the graph in date order, with its precision, event and sources', async () => {
    const body = await run('limit: 1000');
    expect(body.errors).toBeUndefined();
    const timeline = body.data?.t as TimelineView;
    expect(events.length).toBeGreaterThan(20);
    expect(timeline.entries.map(keyOf).sort()).toEqual(events.map((e) => e.key).sort());
    const dates = timeline.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const entry of timeline.entries) {
      expect(entry.precision).toBe(['YEAR', 'MONTH', 'DAY'][[4, 7, 10].indexOf(entry.date.length)]);
      const props =
        entry.relationshipType === null
          ? GRAPH_MODEL.nodes[labelOfId(entry.node.id) ?? '']?.properties
          : GRAPH_MODEL.relationships[entry.relationshipType]?.properties;
      expect(entry.event).toBe(props?.[entry.property]?.event);
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.related === null).toBe(entry.relationshipType === null);
    }
    expect(Object.fromEntries(timeline.undated.map((u) => [u.label, u.count]))).toEqual(Object.fromEntries(undated));
    expect(timeline.truncated).toBe(false);
    expect(body.extensions?.queryStats?.roundTrips).toBeLessThanOrEqual(5);
  });

  it.each([
    ['2018', '2019'],
    ['2019-06', '2019-06'],
    ['2018-07', '2018-12'],
    ['2020-07-17', '2021'],
  ])('keeps the facts from %s to %s, partial dates included by prefix', async (from, to) => {
    const timeline = (await run(`from: "${from}", to: "${to}", limit: 1000`)).data?.t as TimelineView;
    const expected = events.filter((e) => inRange(e.date, from, to)).map((e) => e.key);
    expect(timeline.entries.map(keyOf).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });

  it('keeps only the labels asked for, and cuts at limit saying so', async () => {
    const summits = (await run('labels: [Summit], limit: 1000')).data?.t as TimelineView;
    expect(summits.entries.length).toBe(events.filter((e) => e.id.startsWith('summit:')).length);
    expect(summits.entries.every((e) => e.node.id.startsWith('summit:'))).toBe(true);
    const three = (await run('limit: 3')).data?.t as TimelineView;
    expect(three.entries).toHaveLength(3);
    expect(three.truncated).toBe(true);
  });

  it.each([
    ['from: "2018-13-45x"', 'BAD_USER_INPUT'],
    ['to: "last year"', 'BAD_USER_INPUT'],
    ['from: "2019-13"', 'BAD_USER_INPUT'],
    ['to: "2019-02-32"', 'BAD_USER_INPUT'],
    ['limit: 0', 'BAD_USER_INPUT'],
    ['limit: 1001', 'BAD_USER_INPUT'],
    ['labels: [Town]', 'GRAPHQL_VALIDATION_FAILED'],
  ])('refuses timeline(%s) with %s', async (args, code) => {
    expect((await run(args)).errors?.[0]?.extensions?.code).toBe(code);
  });
});
