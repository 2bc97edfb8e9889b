import { GRAPH_MODEL, relationEnds } from '../model';
import type { GraphModel, RelationEnd } from '../model';
import { relationCountQueryName, relationPageQueryName, relationToQueryName } from './query-names';

/**
 * The queries that page a relationship list in the engine: for each end of a
 * relationship type and each label at its other end, one page of edges per
 * parent (`$offset` edges skipped, `$count` kept, in the order the API lists
 * edges) and how many edges each parent has. A nested connection then reads
 * `first + 1` edges per parent, not all of them; the count runs only when
 * `totalCount` is asked for.
 *
 * The page query differs by engine. Neo4j pages each parent in a `CALL`
 * subquery with `SKIP`/`LIMIT`. Kùzu 0.11.3 has no subqueries of that kind,
 * and `SKIP` with a value a client controls can crash it (docs/architecture.md,
 * hazards): it orders the edges' keys (`WITH … ORDER BY … LIMIT`, which `collect`
 * keeps, a contract test pins this), slices each parent's list of other-end ids
 * (a list slice, never `SKIP`) and then reads only those edges, found again by
 * the engine's internal ids: matching them again by `{id: key}` and
 * `{id: other}` took 72 ms for the officers of 210 cities at scale 1000, by
 * internal ids 45 ms (the ordering alone takes 17).
 */

/** The largest INT64: what an edge without a position or a node without an ordinal sorts as (last). */
const LAST = '9223372036854775807';

/** The order of edges under one node (as `compareEdges` in repository.ts): position, ordinal, name, id. */
function orderKeys(end: RelationEnd, target: string, model: GraphModel, r: string, b: string): string[] {
  const keys: string[] = [];
  if ('position' in (model.relationships[end.type]?.properties ?? {})) keys.push(`coalesce(${r}.position, ${LAST})`);
  if ('ordinal' in (model.nodes[target]?.properties ?? {})) keys.push(`coalesce(${b}.ordinal, ${LAST})`);
  keys.push(`coalesce(${b}.name, '')`, `${b}.id`);
  return keys;
}

function pattern(end: RelationEnd, a: string, r: string, b: string): string {
  return end.direction === 'out' ? `(${a})-[${r}:${end.type}]->(${b})` : `(${a})<-[${r}:${end.type}]-(${b})`;
}

function kuzuPage(end: RelationEnd, target: string, model: GraphModel): string {
  // The last key is the other end's id, kept as `oid`; its internal id (`other`) is what the page holds.
  const keys = orderKeys(end, target, model, 'r', 'b').slice(0, -1);
  const named = [...keys.map((key, i) => `${key} AS k${i}`), 'b.id AS oid', 'id(b) AS other'];
  return [
    'UNWIND $ids AS id',
    `MATCH ${pattern(end, `a:${end.owner} {id: id}`, 'r', `b:${target}`)}`,
    `WITH id(a) AS aid, a.id AS key, ${named.join(', ')}`,
    `ORDER BY key, ${[...keys.map((_, i) => `k${i}`), 'oid'].join(', ')}`,
    `LIMIT ${LAST}`,
    'WITH aid, key, list_slice(collect(other), $offset + 1, $offset + $count) AS page',
    'UNWIND page AS other',
    `MATCH (b:${target}) WHERE id(b) = other`,
    `MATCH ${pattern(end, `a:${end.owner}`, 'r', 'b')} WHERE id(a) = aid`,
    'RETURN key, b AS node, r AS rel',
  ].join('\n');
}

function neo4jPage(end: RelationEnd, target: string, model: GraphModel): string {
  return [
    'UNWIND $ids AS id',
    `MATCH (a:${end.owner} {id: id})`,
    'CALL {',
    '  WITH a',
    `  MATCH ${pattern(end, 'a', 'r', `b:${target}`)}`,
    '  RETURN r, b',
    `  ORDER BY ${orderKeys(end, target, model, 'r', 'b').join(', ')}`,
    '  SKIP $offset',
    '  LIMIT $count',
    '}',
    'RETURN a.id AS key, b AS node, r AS rel',
  ].join('\n');
}

function count(end: RelationEnd, target: string): string {
  return [
    'UNWIND $ids AS id',
    `MATCH ${pattern(end, `a:${end.owner} {id: id}`, 'r', `b:${target}`)}`,
    'RETURN a.id AS key, count(r) AS count',
  ].join('\n');
}

/** The relationship ends that are lists (`single` false) or single (the `one` end of a type), each with one label at the other end. */
function endsWithTarget(model: GraphModel, single: boolean): { end: RelationEnd; target: string }[] {
  return relationEnds(model)
    .filter((end) => (model.relationships[end.type]?.fields?.one === end.direction) === single)
    .flatMap((end) => end.targets.map((target) => ({ end, target })));
}

/**
 * For the single end of each type (a city's member state), the query of its
 * relationships to one label: with the label named, the engine reads one
 * table instead of every table the type reaches (about half the time on Kùzu).
 */
export function singleEndQueryFiles(model: GraphModel = GRAPH_MODEL): Map<string, { comment: string; text: string }> {
  const out = new Map<string, { comment: string; text: string }>();
  for (const { end, target } of endsWithTarget(model, true)) {
    const what = `${end.type} ${end.direction === 'out' ? 'from' : 'to'} a batch of ${end.owner} ids, ${target} at the other end`;
    out.set(relationToQueryName(end.type, end.direction, end.owner, target), {
      comment: `Every ${what}.`,
      text: [
        'UNWIND $ids AS id',
        `MATCH ${pattern(end, `a:${end.owner} {id: id}`, 'r', `b:${target}`)}`,
        'RETURN a.id AS key, b AS node, r AS rel',
      ].join('\n'),
    });
  }
  return out;
}

/** The page queries (one per engine) and the count query of every list end and label, by query name, with comments. */
export function relationPageQueryFiles(
  model: GraphModel = GRAPH_MODEL,
): Map<string, { comment: string; text: string }> {
  const out = new Map<string, { comment: string; text: string }>();
  for (const { end, target } of endsWithTarget(model, false)) {
    const what = `${end.type} ${end.direction === 'out' ? 'from' : 'to'} a batch of ${end.owner} ids, ${target} at the other end`;
    const page = relationPageQueryName(end.type, end.direction, end.owner, target);
    out.set(`kuzu/${page}`, {
      comment: `One page of ${what} (Kùzu: ordered keys, a list slice per parent).`,
      text: kuzuPage(end, target, model),
    });
    out.set(`neo4j/${page}`, {
      comment: `One page of ${what} (Neo4j: a subquery per parent).`,
      text: neo4jPage(end, target, model),
    });
    out.set(relationCountQueryName(end.type, end.direction, end.owner, target), {
      comment: `How many ${what}.`,
      text: count(end, target),
    });
  }
  return out;
}
