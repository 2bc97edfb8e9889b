import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { GRAPH_MODEL } from '../../src/model';
import { ENTITY_SPECS } from '../../src/specs';
import type { EntitySpec, FilterSpec, Hop } from '../../src/specs/entity-spec';
import { q } from '../support/test-database';
import { startTestApi } from './support/api-server';
import type { ApiResponse, TestApi } from './support/api-server';

/**
 * Every filter and every sort order of every top-level list, table-driven from ENTITY_SPECS and checked
 * over HTTP against the seeded graph. Expected results are computed here from the full lists and from the
 * relationships read straight from the database, never from the generated list queries.
 */

type Scalar = string | number | boolean | null;
type RangeFilter = Extract<FilterSpec, { kind: 'range' }>;
type RelatedFilter = Extract<FilterSpec, { kind: 'related' }>;
type EqualsFilter = Extract<FilterSpec, { kind: 'equals' }>;

interface Item {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly props: Readonly<Record<string, Scalar>>;
}

/**
 * Equals filters whose property no seeded node has (`Label.property`): only checked to select nothing.
 */
const EQUALS_WITHOUT_VALUES: readonly string[] = [];
/** Range filters whose property no seeded node has: only checked to select nothing. */
const RANGES_WITHOUT_VALUES: readonly string[] = ['Source.date'];
/**
 * Paths of related filters that no seeded node follows to any target (`Label.filter#path`): checked with
 * an arbitrary target, for which the filter must select exactly what the other paths reach (maybe nothing).
 */
const PATHS_WITHOUT_MATCHES: readonly string[] = [
  'Officer.memberState#0',
  'Summit.memberState#0',
  'Meeting.memberState#1',
  'Meeting.memberState#2',
  'Agreement.memberState#0',
  'Organization.memberOf#0',
];
/** Labels none of whose seeded nodes has an alias (nameContains is then checked on names only). */
const LABELS_WITHOUT_ALIASES: readonly string[] = ['FrameworkArea', 'Country', 'Metric', 'Source'];

const ORDER_SUFFIX = /^(.*)_(ASC|DESC)$/;

/** `<Label>Order` enum values as schema/schema.graphql declares them. */
const SCHEMA_ORDERS: ReadonlyMap<string, readonly string[]> = (() => {
  const doc = parse(fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
  const orders = new Map<string, string[]>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value.endsWith('Order')) {
      orders.set(
        def.name.value,
        (def.values ?? []).map((v) => v.name.value),
      );
    }
  }
  return orders;
})();

const propertyType = (label: string, property: string): string | undefined =>
  GRAPH_MODEL.nodes[label]?.properties[property]?.type;

/** The properties a label's tests read: those of its equals and range filters and its sort keys. */
function testedProperties(spec: EntitySpec): string[] {
  const props = spec.filters.flatMap((f) => (f.kind === 'related' ? [] : [f.property]));
  return [...new Set([...props, ...spec.sorts])].filter((p) => p !== 'name');
}

/** The property an order enum value sorts by: `ISOALPHA2_DESC` → `isoAlpha2`. */
function orderProperty(label: string, value: string): { property: string; descending: boolean } {
  const m = ORDER_SUFFIX.exec(value);
  if (m === null) throw new Error(`${value} is not <PROPERTY>_ASC or <PROPERTY>_DESC`);
  const candidates = ['name', ...Object.keys(GRAPH_MODEL.nodes[label]?.properties ?? {})];
  const property = candidates.find((p) => p.toUpperCase() === m[1]);
  if (property === undefined) throw new Error(`${label}Order.${value} names no property of ${label}`);
  return { property, descending: m[2] === 'DESC' };
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareValues(a: Scalar, b: Scalar): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return byCodePoint(a, b);
  throw new Error(`cannot compare ${JSON.stringify(a)} with ${JSON.stringify(b)}`);
}

const sortedIds = (items: readonly { id: string }[]): string[] => items.map((i) => i.id).sort(byCodePoint);

/** Swaps the case of every letter, so a case-sensitive comparison would miss. */
const swapCase = (s: string): string =>
  [...s].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

/** The documented range semantics: inclusive, and a date `To` includes every date it is a prefix of. */
function inRange(value: Scalar, from: Scalar | undefined, to: Scalar | undefined): boolean {
  if (value === null) return false;
  if (from !== undefined && compareValues(value, from) < 0) return false;
  if (to === undefined || compareValues(value, to) <= 0) return true;
  return typeof value === 'string' && typeof to === 'string' && value.startsWith(to);
}

function matchesName(item: Item, needle: string): boolean {
  const n = needle.toLowerCase();
  return item.name.toLowerCase().includes(n) || item.aliases.some((a) => a.toLowerCase().includes(n));
}

const pathKey = (spec: EntitySpec, f: RelatedFilter, index: number): string => `${spec.label}.${f.name}#${index}`;
const describePath = (hops: readonly Hop[]): string =>
  hops.map((h) => (h.direction === 'out' ? `-${h.type}->${h.label}` : `<-${h.type}-${h.label}`)).join('');

describe('every filter and sort order of every list', () => {
  let api: TestApi;
  const lists = new Map<string, Item[]>();

  /** Every node of a list (all pages of 100), with the properties the tests read. */
  async function fetchList(spec: EntitySpec, filter?: Record<string, Scalar>, orderBy?: string): Promise<Item[]> {
    const props = testedProperties(spec);
    const query = `query ($after: String, $filter: ${spec.label}Filter, $orderBy: ${spec.label}Order) {
      list: ${spec.plural}(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { id name aliases ${props.join(' ')} }
      }
    }`;
    type Page = {
      list: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: (Record<string, Scalar> & { id: string; name: string; aliases: string[] })[];
      };
    };
    const items: Item[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < 20; page++) {
      const body: ApiResponse<Page> = await api.post<Page>(query, { after, filter, orderBy });
      if (body.errors !== undefined || body.data == null) {
        throw new Error(`${spec.plural}(${JSON.stringify({ filter, orderBy })}): ${JSON.stringify(body.errors)}`);
      }
      const list: Page['list'] = body.data.list;
      totalCount = list.totalCount;
      for (const node of list.nodes) {
        items.push({
          id: node.id,
          name: node.name,
          aliases: node.aliases,
          props: Object.fromEntries(props.map((p) => [p, node[p] ?? null])),
        });
      }
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
      if (after === null) break;
    }
    expect(items).toHaveLength(totalCount);
    return items;
  }

  const all = (spec: EntitySpec): Item[] => {
    const items = lists.get(spec.label);
    if (items === undefined) throw new Error(`${spec.label} was not loaded`);
    return items;
  };

  /** Ids of the filtered list, sorted, checked against the count the API reports. */
  const filteredIds = async (spec: EntitySpec, filter: Record<string, Scalar>): Promise<string[]> =>
    sortedIds(await fetchList(spec, filter));

  // Relationships read straight from the graph: `(from)-[type]->(to)` as [from id, to id].
  const edgeCache = new Map<string, Promise<[string, string][]>>();
  function edges(from: string, type: string, to: string): Promise<[string, string][]> {
    const key = `${from}|${type}|${to}`;
    let found = edgeCache.get(key);
    if (found === undefined) {
      found = api.db
        .read(q(`MATCH (a:${from})-[:${type}]->(b:${to}) RETURN a.id AS a, b.id AS b`))
        .then((rows) => rows.map((r) => [String(r.a), String(r.b)] as [string, string]));
      edgeCache.set(key, found);
    }
    return found;
  }

  /** For each listed node, the targets it reaches along `hops`, never using one relationship twice. */
  async function reachedTargets(spec: EntitySpec, hops: readonly Hop[]): Promise<Map<string, Set<string>>> {
    const steps = await Promise.all(
      hops.map(async (h, i) => {
        const start = i === 0 ? spec.label : (hops[i - 1] as Hop).label;
        const rels = h.direction === 'out' ? await edges(start, h.type, h.label) : await edges(h.label, h.type, start);
        const next = new Map<string, { to: string; key: string }[]>();
        rels.forEach(([a, b], n) => {
          const [here, there] = h.direction === 'out' ? [a, b] : [b, a];
          const key = `${h.type}:${a}->${b}#${n}`;
          next.set(here, [...(next.get(here) ?? []), { to: there, key }]);
        });
        return next;
      }),
    );
    const reached = new Map<string, Set<string>>();
    const walk = (origin: string, at: string, depth: number, used: ReadonlySet<string>): void => {
      const step = steps[depth];
      if (step === undefined) {
        reached.set(origin, (reached.get(origin) ?? new Set()).add(at));
        return;
      }
      for (const { to, key } of step.get(at) ?? [])
        if (!used.has(key)) walk(origin, to, depth + 1, new Set([...used, key]));
    };
    for (const item of all(spec)) walk(item.id, item.id, 0, new Set());
    return reached;
  }

  beforeAll(async () => {
    api = await startTestApi();
    for (const spec of ENTITY_SPECS) lists.set(spec.label, await fetchList(spec));
  });
  afterAll(() => api.close());

  it('loads every label, and every property the tests read is in the graph model', () => {
    for (const spec of ENTITY_SPECS) {
      expect(all(spec).length).toBeGreaterThan(0);
      for (const p of testedProperties(spec))
        expect([spec.label, p, propertyType(spec.label, p) !== undefined]).toEqual([spec.label, p, true]);
    }
  });

  describe('equals filters', () => {
    const cases = ENTITY_SPECS.flatMap((spec) =>
      spec.filters.flatMap((f) => (f.kind === 'equals' ? [{ spec, f, key: `${spec.label}.${f.property}` }] : [])),
    );

    it('skip exactly the filters whose property no seeded node has', () => {
      const empty = cases.filter(({ spec, f }) => all(spec).every((i) => i.props[f.property] === null));
      expect(empty.map((c) => c.key)).toEqual(EQUALS_WITHOUT_VALUES);
    });

    it.each(cases.map((c) => [c.key, c] as const))(
      '%s',
      async (_key, { spec, f, key }: { spec: EntitySpec; f: EqualsFilter; key: string }) => {
        const items = all(spec);
        const p = f.property;
        const withValue = items.filter((i) => i.props[p] !== null);
        if (EQUALS_WITHOUT_VALUES.includes(key)) {
          const type = propertyType(spec.label, p);
          const arbitrary = type === 'STRING' ? 'no such value' : type === 'BOOLEAN' ? true : 1;
          expect(await filteredIds(spec, { [p]: arbitrary })).toEqual([]);
          return;
        }
        expect(withValue.length).toBeGreaterThan(0);
        const isText = propertyType(spec.label, p) === 'STRING';
        const same = (a: Scalar, b: Scalar): boolean =>
          isText && typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
        // Booleans: both values. Otherwise the most common value, the rarest one, for text one stored with
        // capitals (the argument is sent with its case swapped, so both sides' case must be ignored), and a
        // value no node has.
        const counts = new Map<Scalar, number>();
        for (const i of withValue) counts.set(i.props[p] ?? null, (counts.get(i.props[p] ?? null) ?? 0) + 1);
        const byCount = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
        const capitalised = byCount.find((v) => typeof v === 'string' && v !== v.toLowerCase());
        const absent = isText ? 'no such value' : Math.max(...byCount.map(Number)) + 1;
        const picks =
          propertyType(spec.label, p) === 'BOOLEAN' ? [true, false] : [byCount[0], byCount.at(-1), capitalised, absent];
        const values = picks.filter(
          (v, n): v is Scalar => v !== undefined && picks.findIndex((w) => w !== undefined && same(w, v)) === n,
        );
        for (const value of values) {
          const argument = typeof value === 'string' ? swapCase(value) : value;
          const filter = { [p]: argument };
          const ids = await filteredIds(spec, filter);
          const node = withValue.find((i) => same(i.props[p] ?? null, value));
          if (node !== undefined)
            expect({ filter, includes: ids.includes(node.id) }).toEqual({ filter, includes: true });
          expect({ filter, ids }).toEqual({
            filter,
            ids: sortedIds(items.filter((i) => same(i.props[p] ?? null, value))),
          });
        }
      },
    );
  });

  describe('range filters', () => {
    const cases = ENTITY_SPECS.flatMap((spec) =>
      spec.filters.flatMap((f) => (f.kind === 'range' ? [{ spec, f, key: `${spec.label}.${f.property}` }] : [])),
    );

    it('skip exactly the filters whose property no seeded node has', () => {
      const empty = cases.filter(({ spec, f }) => all(spec).every((i) => i.props[f.property] === null));
      expect(empty.map((c) => c.key)).toEqual(RANGES_WITHOUT_VALUES);
    });

    it.each(cases.map((c) => [c.key, c] as const))(
      '%s',
      async (_key, { spec, f, key }: { spec: EntitySpec; f: RangeFilter; key: string }) => {
        if (RANGES_WITHOUT_VALUES.includes(key)) {
          const [low, high] = propertyType(spec.label, f.property) === 'STRING' ? ['0001', '9999'] : [-1e9, 1e9];
          for (const filter of [{ [`${f.property}From`]: low }, { [`${f.property}To`]: high }]) {
            expect({ filter, ids: await filteredIds(spec, filter) }).toEqual({ filter, ids: [] });
          }
          return;
        }
        const items = all(spec);
        const p = f.property;
        const values = [...new Set(items.flatMap((i) => (i.props[p] === null ? [] : [i.props[p] ?? null])))].sort(
          compareValues,
        );
        expect(values.length).toBeGreaterThan(0);
        // A middle value, so that From-only and To-only both leave some nodes out when the data allows.
        const v = values[Math.floor(values.length / 2)] ?? null;
        const node = items.find((i) => i.props[p] === v);
        const ranges: { from?: Scalar; to?: Scalar }[] = [{ from: v, to: v }, { from: v }, { to: v }];
        if (typeof v === 'string') {
          const year = v.slice(0, 4);
          ranges.push({ from: year, to: year }, { to: year }, { from: year });
        }
        // Bounds past either end of the data, which must select nothing.
        const [first, last] = [values[0] ?? null, values.at(-1) ?? null];
        ranges.push(
          typeof v === 'string' ? { from: '9999' } : { from: Number(last) + 1 },
          typeof v === 'string' ? { to: '0000' } : { to: Number(first) - 1 },
        );
        for (const { from, to } of ranges) {
          const filter: Record<string, Scalar> = {};
          if (from !== undefined) filter[`${p}From`] = from;
          if (to !== undefined) filter[`${p}To`] = to;
          const ids = await filteredIds(spec, filter);
          const expected = items.filter((i) => inRange(i.props[p] ?? null, from, to));
          if (node !== undefined && expected.includes(node)) {
            expect({ filter, includes: ids.includes(node.id) }).toEqual({ filter, includes: true });
          }
          expect({ filter, ids }).toEqual({ filter, ids: sortedIds(expected) });
        }
      },
    );
  });

  describe('related filters', () => {
    const cases = ENTITY_SPECS.flatMap((spec) =>
      spec.filters.flatMap((f) =>
        f.kind === 'related' ? f.paths.map((_hops, index) => ({ spec, f, index, key: pathKey(spec, f, index) })) : [],
      ),
    );

    it('skip exactly the paths that no seeded node follows', async () => {
      const empty: string[] = [];
      for (const { spec, f, index, key } of cases) {
        if ((await reachedTargets(spec, f.paths[index] ?? [])).size === 0) empty.push(key);
      }
      expect(empty).toEqual(PATHS_WITHOUT_MATCHES);
    });

    it.each(cases.map((c) => [`${c.key} ${describePath(c.f.paths[c.index] ?? [])}`, c] as const))(
      '%s',
      async (_name, { spec, f, index, key }: { spec: EntitySpec; f: RelatedFilter; index: number; key: string }) => {
        const unused = PATHS_WITHOUT_MATCHES.includes(key);
        const perPath = await Promise.all(f.paths.map((hops) => reachedTargets(spec, hops)));
        const via = (i: number, target: string): Set<string> =>
          new Set(
            [...(perPath[i] ?? new Map<string, Set<string>>()).entries()].flatMap(([n, ts]) =>
              ts.has(target) ? [n] : [],
            ),
          );
        // An unused path is checked with every node of the target label as a candidate.
        const targets = unused
          ? sortedIds(lists.get(f.label) ?? [])
          : [...new Set([...(perPath[index]?.values() ?? [])].flatMap((ts) => [...ts]))].sort(byCodePoint);
        expect(targets.length).toBeGreaterThan(0);
        const total = all(spec).length;
        // Prefer a target this path reaches nodes for that no other path does, and that leaves some nodes out.
        const scored = targets.map((target) => {
          const own = via(index, target);
          const expected = new Set(f.paths.flatMap((_h, i) => [...via(i, target)]));
          const others = new Set(f.paths.flatMap((_h, i) => (i === index ? [] : [...via(i, target)])));
          const unique = [...own].filter((n) => !others.has(n)).length;
          return { target, expected, score: (unique > 0 ? 2 : 0) + (expected.size < total ? 1 : 0), size: own.size };
        });
        // An unused path: prefer a target nothing reaches, so that the filter must select nothing.
        scored.sort((a, b) =>
          unused
            ? a.expected.size - b.expected.size || byCodePoint(a.target, b.target)
            : b.score - a.score || b.size - a.size || byCodePoint(a.target, b.target),
        );
        const best = scored[0];
        if (best === undefined) throw new Error(`no target for ${key}`);
        expect(best.target.startsWith(`${GRAPH_MODEL.nodes[f.label]?.idPrefix}:`)).toBe(true);
        const ids = await filteredIds(spec, { [f.name]: best.target });
        expect({ target: best.target, ids }).toEqual({
          target: best.target,
          ids: [...best.expected].sort(byCodePoint),
        });
      },
    );
  });

  describe('nameContains', () => {
    it('skips the alias case exactly for the labels without aliases', () => {
      const without = ENTITY_SPECS.filter((spec) => all(spec).every((i) => i.aliases.length === 0));
      expect(without.map((s) => s.label)).toEqual(LABELS_WITHOUT_ALIASES);
    });

    it.each(ENTITY_SPECS.map((spec) => [spec.plural, spec] as const))('%s', async (_plural, spec: EntitySpec) => {
      const items = all(spec);
      const needles: { needle: string; node?: Item }[] = [];
      // An alias (or, failing that, part of one) that the node's own name does not contain.
      const aliased = items.filter((i) => i.aliases.length > 0);
      const aliasCase = aliased
        .flatMap((node) => node.aliases.map((alias) => ({ node, alias })))
        .find(({ node, alias }) => !node.name.toLowerCase().includes(alias.toLowerCase()));
      if (aliasCase !== undefined) {
        const { node, alias } = aliasCase;
        const part = alias.length > 6 ? alias.slice(1, -1) : alias;
        needles.push({ needle: swapCase(node.name.toLowerCase().includes(part.toLowerCase()) ? alias : part), node });
      } else {
        expect(LABELS_WITHOUT_ALIASES).toContain(spec.label);
      }
      // Part of a name, in another case.
      const named = items.find((i) => i.name.length >= 4) ?? items[0];
      if (named !== undefined) {
        const start = Math.floor(named.name.length / 3);
        needles.push({
          needle: swapCase(named.name.slice(start, start + Math.max(3, named.name.length - 2 * start))),
          node: named,
        });
      }
      // Text no name or alias contains.
      needles.push({ needle: 'zz no such name zz' });
      for (const { needle, node } of needles) {
        const ids = await filteredIds(spec, { nameContains: needle });
        if (node !== undefined) expect({ needle, includes: ids.includes(node.id) }).toEqual({ needle, includes: true });
        expect({ needle, ids }).toEqual({ needle, ids: sortedIds(items.filter((i) => matchesName(i, needle))) });
      }
    });
  });

  describe('sort orders', () => {
    it.each(ENTITY_SPECS.map((spec) => [`${spec.label}Order`, spec] as const))(
      '%s offers name and every sort key of the spec in both directions, as the server reports',
      async (enumName, spec: EntitySpec) => {
        const body = await api.post<{ __type: { enumValues: { name: string }[] } | null }>(
          'query ($n: String!) { __type(name: $n) { enumValues { name } } }',
          { n: enumName },
        );
        const served = (body.data?.__type?.enumValues ?? []).map((v) => v.name);
        expect(served).toEqual(SCHEMA_ORDERS.get(enumName));
        const keys = [...new Set(['name', ...spec.sorts])];
        expect(
          served
            .map((v) => orderProperty(spec.label, v))
            .map((o) => `${o.property}:${o.descending}`)
            .sort(),
        ).toEqual(keys.flatMap((k) => [`${k}:false`, `${k}:true`]).sort());
      },
    );

    const cases = ENTITY_SPECS.flatMap((spec) =>
      (SCHEMA_ORDERS.get(`${spec.label}Order`) ?? []).map((value) => ({ spec, value })),
    );

    it('covers an order enum for every list', () => {
      expect(new Set(cases.map((c) => c.spec.label))).toEqual(new Set(ENTITY_SPECS.map((s) => s.label)));
    });

    it.each(cases.map((c) => [`${c.spec.plural}(orderBy: ${c.value})`, c] as const))(
      '%s: by the key in that direction, nodes without it last, ties by id ascending',
      async (_name, { spec, value }: { spec: EntitySpec; value: string }) => {
        const { property, descending } = orderProperty(spec.label, value);
        const key = (i: Item): Scalar => (property === 'name' ? i.name : (i.props[property] ?? null));
        const items = all(spec);
        const withKey = items
          .filter((i) => key(i) !== null)
          .sort((a, b) => (descending ? -1 : 1) * compareValues(key(a), key(b)) || byCodePoint(a.id, b.id));
        const withoutKey = items.filter((i) => key(i) === null).sort((a, b) => byCodePoint(a.id, b.id));
        const listed = await fetchList(spec, undefined, value);
        expect(listed.map((i) => i.id)).toEqual([...withKey, ...withoutKey].map((i) => i.id));
      },
    );

    it.each(ENTITY_SPECS.map((spec) => [spec.plural, spec] as const))(
      '%s is ordered by name ascending by default',
      async (_p, spec: EntitySpec) => {
        expect(all(spec).map((i) => i.id)).toEqual((await fetchList(spec, undefined, 'NAME_ASC')).map((i) => i.id));
      },
    );
  });
});
