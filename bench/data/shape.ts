import { searchTextOf } from '../../src/graph/search-text';
import type { NodeRecord } from '../../src/graph/records';

/**
 * The synthetic graph of scale N: N − 1 more "units" beside the real seed graph, each shaped like the seeds'
 * core (26 cities over the ten real member states in the seeds' proportions, 28 officers, a network, meetings,
 * an agreement, a metric and the sources they cite). Scale 1 adds nothing; scale 1000 adds 26k cities and
 * 28k officers (2.6k cities per member state on average) and about 136k relationships, every one with sources.
 */

/** A value a synthetic row holds: what the model's property types take. */
export type Cell = string | number | boolean | readonly string[] | null;
export type RowOf = Record<string, Cell>;

/** The nodes of one label. */
export interface NodeBatch {
  readonly label: string;
  readonly rows: RowOf[];
}

/** The relationships of one type between one pair of labels: rows have `from`, `to` and the properties. */
export interface RelationshipBatch {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly rows: RowOf[];
}

export interface SyntheticGraph {
  readonly nodes: NodeBatch[];
  readonly relationships: RelationshipBatch[];
}

/** A real member state of the seeds, with how many pilot cities it has (the weight of its share). */
export interface StateShare {
  readonly id: string;
  readonly pilotCities: number;
}

/** Ids of the seed graph the synthetic units attach to; the generator checks they exist. */
export const ANCHORS = {
  asean: 'org:asean',
  ascn: 'network:ascn',
  csco: 'role:chief-smart-city-officer',
  generalKnowledge: 'source:general-knowledge',
} as const;

export const CITIES_PER_UNIT = 26;
const MEETINGS_PER_UNIT = 3;

/** Deterministic pseudo-random numbers (mulberry32): the same scale always gives the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Syllables of names across the region; some are words of real names, so that search meets near misses.
const SYLLABLES = [
  'ban', 'kota', 'nay', 'pyi', 'seri', 'hai', 'phong', 'chiang', 'luang', 'baru', 'tanjung', 'sungai', 'muang',
  'thanh', 'binh', 'surat', 'nakhon', 'udon', 'khon', 'bago', 'pak', 'siem', 'jaya', 'pura', 'batu', 'bukit',
  'ma', 'lang', 'pa', 'dang', 'sa', 'ri', 'to', 'ngu', 'wa', 'ta', 'kam', 'pong', 'la', 'vi', 'en',
]; // prettier-ignore
const GIVEN = [
  'Anh',
  'Budi',
  'Chanthy',
  'Dewi',
  'Ei',
  'Farid',
  'Hoa',
  'Intan',
  'Kyaw',
  'Lina',
  'Malee',
  'Nurul',
  'Somchai',
  'Thida',
  'Vilay',
];
const FAMILY = [
  'Nguyen',
  'Santoso',
  'Sok',
  'Lim',
  'Tan',
  'Reyes',
  'Phommachanh',
  'Aung',
  'Wongsa',
  'Rahman',
  'Cruz',
  'Ismail',
];
const THEMES = ['digital services', 'urban mobility', 'flood resilience', 'clean water', 'smart grids', 'open data'];

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function placeName(next: () => number): string {
  const pick = (): string => SYLLABLES[Math.floor(next() * SYLLABLES.length)] as string;
  const first = pick() + (next() < 0.5 ? pick() : '');
  return `${capitalised(first)} ${capitalised(pick() + pick())}`;
}

const pickOf = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const year = (next: () => number): number => 2015 + Math.floor(next() * 11);
const day = (next: () => number): string =>
  `${year(next)}-${pad(1 + Math.floor(next() * 12), 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;

/** The states a unit's cities go to, in the seeds' proportions: one entry per pilot city of the seeds. */
function cityStates(states: readonly StateShare[]): string[] {
  const slots = states.flatMap((s) => Array.from({ length: Math.max(1, s.pilotCities) }, () => s.id));
  return Array.from({ length: CITIES_PER_UNIT }, (_, k) => slots[k % slots.length] as string);
}

/** Collects the rows of a graph, label by label and type by type. */
class GraphBuilder {
  private readonly nodes = new Map<string, RowOf[]>();
  private readonly rels = new Map<string, RelationshipBatch>();

  node(label: string, row: RowOf): string {
    const record = { aliases: [], sources: [], ...row } as unknown as NodeRecord;
    const rows = this.nodes.get(label) ?? [];
    rows.push({ ...row, search: searchTextOf(record, label) });
    this.nodes.set(label, rows);
    return row.id as string;
  }

  rel(type: string, from: [string, string], to: [string, string], props: RowOf): void {
    const key = `${type} ${from[0]} ${to[0]}`;
    const batch = this.rels.get(key) ?? { type, from: from[0], to: to[0], rows: [] };
    batch.rows.push({ from: from[1], to: to[1], ...props });
    this.rels.set(key, batch);
  }

  build(): SyntheticGraph {
    return {
      nodes: [...this.nodes].map(([label, rows]) => ({ label, rows })),
      relationships: [...this.rels.values()],
    };
  }
}

/** One unit: the seeds' core shape once more, under ids `<prefix>:syn-…` of the model's id format. */
function addUnit(g: GraphBuilder, unit: number, states: readonly StateShare[]): void {
  const next = random(unit * 7919 + 17);
  const u = `u${pad(unit, 4)}`;
  const [sourceA, sourceB] = [1, 2].map((k) =>
    g.node('Source', {
      id: `source:syn-${u}-${k}`,
      name: `Smart City Progress Report ${unit}.${k}`,
      title: `Smart City Progress Report ${unit}.${k}`,
      kind: 'synthetic report',
      publisher: 'ASEAN Secretariat',
      date: `${year(next)}-${pad(1 + Math.floor(next() * 12), 2)}`,
      sources: [ANCHORS.generalKnowledge],
    }),
  ) as [string, string];
  const cite = [sourceA];
  const citeBoth = [sourceA, sourceB];
  for (const source of [sourceA, sourceB]) {
    g.rel('PUBLISHED_BY', ['Source', source], ['Organization', ANCHORS.asean], { sources: [source] });
  }
  const regionName = placeName(next);
  const network = g.node('Network', {
    id: `network:syn-${u}`,
    name: `${regionName} Urban Network`,
    established: String(year(next)),
    purpose: `Cooperation of the cities around ${regionName} on ${pickOf(THEMES, next)}.`,
    sources: citeBoth,
  });
  g.rel('ESTABLISHED_BY', ['Network', network], ['Organization', ANCHORS.asean], { sources: cite });

  const slots = cityStates(states);
  const cities = slots.map((state, k) => {
    const name = placeName(next);
    const pilot = k % 2 === 0;
    const city = g.node('City', {
      id: `city:syn-${state.slice(6)}-${u}-${pad(k, 2)}`,
      name,
      aliases: next() < 0.3 ? [name.replace(/ /g, '')] : null,
      pilot,
      sources: citeBoth,
    });
    g.rel('LOCATED_IN', ['City', city], ['MemberState', state], { sources: [ANCHORS.generalKnowledge] });
    g.rel('MEMBER_OF', ['City', city], ['Network', pilot ? ANCHORS.ascn : network], {
      role: pilot ? 'pilot city' : 'member city',
      since: String(year(next)),
      sources: cite,
    });
    return { id: city, name, state };
  });
  for (const state of [...new Set(slots)].slice(0, 2)) {
    g.rel('MEMBER_OF', ['MemberState', state], ['Network', network], { sources: cite });
  }

  // One officer a city, two for the first two cities (the seeds have 28 officers for 26 cities).
  const officers = [...cities, ...cities.slice(0, 2)].map((city, k) => ({ city, position: k < cities.length ? 1 : 2 }));
  officers.forEach(({ city, position }, k) => {
    const officer = g.node('Officer', {
      id: `officer:syn-${u}-${pad(k, 2)}`,
      name: `${pickOf(GIVEN, next)} ${pickOf(FAMILY, next)}`,
      role: 'Chief Smart City Officer',
      designation: `Director, ${city.name} Smart City Office`,
      organisation: `${city.name} City Government`,
      sources: cite,
    });
    g.rel('SERVES', ['Officer', officer], ['City', city.id], { position, sources: cite });
    g.rel('HOLDS_ROLE', ['Officer', officer], ['Role', ANCHORS.csco], { sources: cite });
  });

  const meetings = Array.from({ length: MEETINGS_PER_UNIT }, (_, k) => {
    const host = pickOf(cities, next);
    const meeting = g.node('Meeting', {
      id: `meeting:syn-${u}-${k}`,
      name: `${regionName} Urban Network ${pickOf(THEMES, next)} workshop ${k + 1}`,
      kind: 'workshop',
      date: day(next),
      online: next() < 0.3,
      theme: capitalised(pickOf(THEMES, next)),
      status: 'held',
      sources: citeBoth,
    });
    g.rel('HELD_IN', ['Meeting', meeting], ['City', host.id], { sources: cite });
    g.rel('MEETING_OF', ['Meeting', meeting], ['Network', network], { sources: cite });
    g.rel('HOSTED_BY', ['Meeting', meeting], ['MemberState', host.state], { sources: cite });
    for (const state of [...new Set(slots)].slice(k, k + 3)) {
      g.rel('PARTICIPATED_IN', ['MemberState', state], ['Meeting', meeting], { role: 'delegate', sources: cite });
    }
    return meeting;
  });

  const agreement = g.node('Agreement', {
    id: `agreement:syn-${u}`,
    name: `${regionName} ${pickOf(THEMES, next)} memorandum`,
    kind: 'MOU',
    date: day(next),
    amount: Math.round(next() * 5_000_000),
    currency: 'USD',
    purpose: `Funding for ${pickOf(THEMES, next)} in the ${regionName} network.`,
    sources: citeBoth,
  });
  g.rel('PARTY_TO', ['Organization', ANCHORS.asean], ['Agreement', agreement], { role: 'funder', sources: cite });
  for (const state of [...new Set(slots)].slice(0, 2)) {
    g.rel('PARTY_TO', ['MemberState', state], ['Agreement', agreement], { role: 'signatory', sources: cite });
  }
  g.rel('SIGNED_AT', ['Agreement', agreement], ['Meeting', meetings[0] as string], { sources: cite });
  g.rel('SUPPORTS', ['Agreement', agreement], ['City', (cities[1] as { id: string }).id], { sources: cite });

  const metric = g.node('Metric', {
    id: `metric:syn-${u}`,
    name: `Projects of the ${regionName} Urban Network`,
    value: 5 + Math.floor(next() * 60),
    unit: 'projects',
    year: String(year(next)),
    qualifier: 'about',
    sources: cite,
  });
  g.rel('MEASURES', ['Metric', metric], ['Network', network], { sources: cite });
}

/** The synthetic part of scale `scale` (nothing at scale 1), attached to the seeds' member states. */
export function syntheticGraph(scale: number, states: readonly StateShare[]): SyntheticGraph {
  if (states.length === 0) throw new Error('the seed graph has no member states to attach synthetic cities to');
  const g = new GraphBuilder();
  for (let unit = 1; unit < scale; unit += 1) addUnit(g, unit, states);
  return g.build();
}

/** Node and relationship counts of a synthetic graph. */
export function countsOf(graph: SyntheticGraph): { nodes: number; relationships: number } {
  return {
    nodes: graph.nodes.reduce((n, b) => n + b.rows.length, 0),
    relationships: graph.relationships.reduce((n, b) => n + b.rows.length, 0),
  };
}
