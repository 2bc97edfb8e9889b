import { nodeProperties } from '../model';
import type { PropertySpec } from '../model';
import type { EntitySpec, FilterSpec, Hop } from '../specs/entity-spec';

/**
 * The list and count queries of a label, generated from its entity spec (the
 * parameters they take are built in `list-params.ts` from the same spec, and
 * a test checks the two agree). Unused filters are switched off by a `has…` flag rather
 * than a null parameter: the embedded engine types a null parameter from its
 * first use, which breaks `$x IS NULL OR n.p = $x` in some positions.
 */

/** `memberState` → `MemberState`, for `$has…` flags. */
export const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** A property of a label (shared ones included) from the model; throws for one the model lacks. */
export function propertySpec(label: string, property: string): PropertySpec {
  const spec = nodeProperties(label)[property];
  if (spec === undefined) throw new Error(`${label}.${property} is not in the graph model`);
  return spec;
}

/** The GraphQL argument names a filter adds to the label's filter input. */
export function filterArgumentNames(f: FilterSpec): string[] {
  switch (f.kind) {
    case 'equals':
      return [f.property];
    case 'range':
      return [`${f.property}From`, `${f.property}To`];
    case 'related':
      return [f.name];
  }
}

/**
 * `(n)` to `(m:<Label>)` along `path`, and the conditions that keep its
 * relationships distinct (the embedded engine does not, on a fixed path,
 * when a type repeats).
 */
export function hopPattern(path: readonly Hop[]): { pattern: string; distinct: string[] } {
  const pattern = path
    .map((h, i) => {
      const node = i === path.length - 1 ? `(m:${h.label})` : `(:${h.label})`;
      return h.direction === 'out' ? `-[r${i}:${h.type}]->${node}` : `<-[r${i}:${h.type}]-${node}`;
    })
    .join('');
  const distinct: string[] = [];
  path.forEach((a, i) => path.forEach((b, j) => j > i && a.type === b.type && distinct.push(`r${i} <> r${j}`)));
  return { pattern: `(n)${pattern}`, distinct };
}

function pathPattern(path: readonly Hop[], param: string): string {
  const { pattern, distinct } = hopPattern(path);
  return `EXISTS { MATCH ${pattern} WHERE ${[`m.id = ${param}`, ...distinct].join(' AND ')} }`;
}

function filterCondition(label: string, f: FilterSpec, relatedAlwaysOn: boolean): string[] {
  switch (f.kind) {
    case 'equals': {
      const p = f.property;
      const lhs = propertySpec(label, p).type === 'STRING' ? `toLower(n.${p})` : `n.${p}`;
      return [`(NOT $has${pascal(p)} OR ${lhs} = $${p})`];
    }
    case 'range': {
      const p = f.property;
      const isText = propertySpec(label, p).type === 'STRING';
      const upper = isText ? `n.${p} <= $${p}To OR n.${p} STARTS WITH $${p}To` : `n.${p} <= $${p}To`;
      return [`(NOT $has${pascal(p)}From OR n.${p} >= $${p}From)`, `(NOT $has${pascal(p)}To OR ${upper})`];
    }
    case 'related': {
      const patterns = f.paths.map((path) => pathPattern(path, f.name)).join(' OR ');
      return [relatedAlwaysOn ? `(${patterns})` : `(NOT $has${pascal(f.name)} OR ${patterns})`];
    }
  }
}

/** The names of a spec's filters on related nodes, in the spec's order. */
export function relatedFilterNames(spec: EntitySpec): string[] {
  return spec.filters.flatMap((f) => (f.kind === 'related' ? [f.name] : []));
}

/**
 * Every subset of a spec's related-node filters, in the spec's order: each
 * list and count query exists once per subset, holding the relationship
 * patterns of that subset only. Kùzu evaluates an `EXISTS` subquery for every
 * row even behind a false `NOT $has… OR`, which cost 1 ms per unused filter on
 * 26 cities; the other filters stay switched by their `$has…` flag.
 */
export function relatedSubsets(spec: EntitySpec): string[][] {
  return relatedFilterNames(spec).reduce<string[][]>(
    (subsets, name) => [...subsets, ...subsets.map((subset) => [...subset, name])],
    [[]],
  );
}

/**
 * The filtered `MATCH (n:<Label>) WHERE …` that list, count and grouped-count
 * queries share. With `related`, the related-node filters named there apply
 * (unconditionally) and the others are left out; without it (grouped counts)
 * each is switched by its `$has…` flag.
 */
export function matchAndWhere(spec: EntitySpec, related?: readonly string[]): string {
  const kept = spec.filters.filter((f) => f.kind !== 'related' || related === undefined || related.includes(f.name));
  const conditions = [
    "(q = '' OR toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q))",
    ...kept.flatMap((f) => filterCondition(spec.label, f, related !== undefined)),
  ];
  // Parameters used inside any() or EXISTS are bound by WITH first: the embedded engine rejects
  // a parameter inside any() and loses track of parameters that appear only inside EXISTS.
  const bound = kept.flatMap((f) => (f.kind === 'related' ? [`$${f.name} AS ${f.name}`] : []));
  const bind = ['$nameContains AS q', ...bound].join(', ');
  return [`WITH ${bind}`, `MATCH (n:${spec.label})`, `WHERE ${conditions.join('\n  AND ')}`].join('\n');
}

/** The sort orders a list offers, as GraphQL enum values paired with the `$orderBy` parameter value. */
export function sortOrders(spec: EntitySpec): { value: string; property: string; descending: boolean }[] {
  const keys = ['name', ...spec.sorts.filter((s) => s !== 'name')];
  return keys.flatMap((property) => [
    { value: `${property}_asc`, property, descending: false },
    { value: `${property}_desc`, property, descending: true },
  ]);
}

/** One of the orders `sortOrders` offers. */
export type SortOrder = ReturnType<typeof sortOrders>[number];

/** The order of `sortOrders` named by a GraphQL enum value; throws for one the label lacks. */
export function sortOrder(spec: EntitySpec, value: string): SortOrder {
  const found = sortOrders(spec).find((o) => o.value === value);
  if (found === undefined) throw new Error(`${spec.label} has no sort order ${value}`);
  return found;
}

/** Nodes without the sort key come last in both directions, and id breaks ties: pages never overlap. */
function orderBy(order: SortOrder): string {
  const key = `n.${order.property}`;
  return `ORDER BY CASE WHEN ${key} IS NULL THEN 1 ELSE 0 END, ${key} ${order.descending ? 'DESC' : 'ASC'}, n.id ASC`;
}

/**
 * Only the nodes that sort after the last one of the previous page (`$afterId`
 * with its key `$afterKey`, or `$afterNull` when it had none), in the same
 * order as `orderBy()`: keys ascending or descending, nodes without a key last, then id.
 */
function afterCondition(order: SortOrder): string {
  const key = `n.${order.property}`;
  const beyond = `${key} ${order.descending ? '<' : '>'} $afterKey`;
  const withKey = `${key} IS NULL OR ${beyond} OR (${key} = $afterKey AND n.id > $afterId)`;
  const withoutKey = `${key} IS NULL AND n.id > $afterId`;
  return `(NOT $hasAfter OR ($afterNull AND ${withoutKey}) OR (NOT $afterNull AND (${withKey})))`;
}

/**
 * Text of `nodes/<label>/list-by-<order>` (and `list-with-<filters>-by-<order>`): one page of the label's
 * nodes, filtered, in one order, starting after a keyset position. One file per order, not one switched by
 * an `$orderBy` parameter: Kùzu's cost of a statement grows with its expressions, and the switched form took
 * 4.6–5.0 ms for a page of 10 member states where one order's took 2.4–2.5 ms (docs/architecture.md, "Paging").
 * There is no `SKIP`: a client never controls an offset (docs/architecture.md, Kùzu hazards).
 */
export function listQueryText(spec: EntitySpec, related: readonly string[], order: SortOrder): string {
  const where = `${matchAndWhere(spec, related)}\n  AND ${afterCondition(order)}`;
  return [where, 'RETURN n AS node', orderBy(order), 'LIMIT $limit'].join('\n');
}

/** Text of `nodes/<label>/count`: how many nodes the same filters select. */
export function countQueryText(spec: EntitySpec, related: readonly string[] = []): string {
  return [matchAndWhere(spec, related), 'RETURN count(n) AS count'].join('\n');
}
