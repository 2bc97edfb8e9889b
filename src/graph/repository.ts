import type { GraphDatabase, Row } from '../db';
import type { EntitySpec } from '../specs/entity-spec';
import { filteredParams, listParams } from './list-params';
import type { FilterValues } from './list-params';
import type { Keyset } from './keyset';
import {
  filteredQueryName,
  nodeQueryName,
  relationCountQueryName,
  relationPageQueryName,
  relationQueryName,
  relationToQueryName,
  STATS_QUERY_NAME,
} from './query-names';
import { toNodeRecord, toRelRecord } from './records';
import type { EdgeRecord, NodeRecord } from './records';
import type { Direction } from '../model';

/**
 * Reads the graph through the port with the generated query files. Every
 * function is one round trip; labels and relationship types reach Cypher only
 * as file names chosen from the model, user input only as parameters.
 */

/** Nodes of one label by id (missing ids are simply absent). */
export async function readNodesByIds(db: GraphDatabase, label: string, ids: readonly string[]): Promise<NodeRecord[]> {
  const rows = await db.read(nodeQueryName(label, 'by-ids'), { ids: [...ids] });
  return rows.map((row) => toNodeRecord(row.node));
}

/** One page of a label's nodes after a keyset position, plus one more when a next page exists. */
export async function readNodePage(
  db: GraphDatabase,
  spec: EntitySpec,
  filter: FilterValues,
  orderBy: string,
  page: { after: Keyset | undefined; limit: number },
): Promise<NodeRecord[]> {
  const { related, params } = listParams(spec, filter, orderBy, page.after, page.limit + 1);
  const rows = await db.read(filteredQueryName(spec.label, 'list', related, orderBy), params);
  return rows.map((row) => toNodeRecord(row.node));
}

/** How many of a label's nodes the filter selects. */
export async function countNodes(db: GraphDatabase, spec: EntitySpec, filter: FilterValues): Promise<number> {
  const { related, params } = filteredParams(spec, filter);
  const rows = await db.read(filteredQueryName(spec.label, 'count', related), params);
  return Number(rows[0]?.count ?? 0);
}

const numberOr = (value: unknown): number => (typeof value === 'number' ? value : Infinity);

/**
 * Order of edges under one node, the order the sources list things in where
 * the graph records it: the relationship's `position`, then the other node's
 * `ordinal` (areas of a framework), then name, then id.
 */
function compareEdges(a: EdgeRecord, b: EdgeRecord): number {
  for (const [x, y] of [
    [numberOr(a.rel.position), numberOr(b.rel.position)],
    [numberOr(a.node.ordinal), numberOr(b.node.ordinal)],
  ] as const) {
    if (x !== y) return x < y ? -1 : 1;
  }
  const na = a.node.name ?? '';
  const nb = b.node.name ?? '';
  if (na !== nb) return na < nb ? -1 : 1;
  return a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
}

/** The relationships of one type and direction of a batch of nodes, grouped by node id and ordered. */
export async function readRelations(
  db: GraphDatabase,
  type: string,
  direction: Direction,
  owner: string,
  ids: readonly string[],
): Promise<Map<string, EdgeRecord[]>> {
  return groupEdges(await db.read(relationQueryName(type, direction, owner), { ids: [...ids] }));
}

/** More edges than any node has: an offset beyond it reads the same empty page. */
const MAX_RELATION_OFFSET = 2 ** 31;

/** One end of a relationship type with one label at the other end: what a paged relationship list reads. */
export interface ListEnd {
  readonly type: string;
  readonly direction: Direction;
  readonly owner: string;
  readonly target: string;
}

/**
 * One page of the relationships of a batch of nodes, paged in the engine:
 * per node, `count` edges after the first `offset`, in the order of
 * `compareEdges`. Nodes without edges in the window are absent.
 */
export async function readRelationPage(
  db: GraphDatabase,
  end: ListEnd,
  ids: readonly string[],
  window: { readonly offset: number; readonly count: number },
): Promise<Map<string, EdgeRecord[]>> {
  const name = relationPageQueryName(end.type, end.direction, end.owner, end.target);
  // A cursor may hold any safe integer; past the longest possible list every page is empty, and a capped
  // offset keeps `$offset + $count` an exact integer in the engine.
  const offset = Math.min(window.offset, MAX_RELATION_OFFSET);
  return groupEdges(await db.read(name, { ids: [...ids], offset, count: window.count }));
}

/** Every relationship of one end to one label of a batch of nodes, grouped by node id and ordered. */
export async function readRelationsTo(
  db: GraphDatabase,
  end: ListEnd,
  ids: readonly string[],
): Promise<Map<string, EdgeRecord[]>> {
  return groupEdges(
    await db.read(relationToQueryName(end.type, end.direction, end.owner, end.target), { ids: [...ids] }),
  );
}

/** How many relationships of one end and label each node of a batch has (absent: none). */
export async function countRelations(
  db: GraphDatabase,
  end: ListEnd,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db.read(relationCountQueryName(end.type, end.direction, end.owner, end.target), { ids: [...ids] });
  return new Map(rows.map((row) => [String(row.key), Number(row.count)]));
}

/** Rows of `key`, `node`, `rel` grouped by key, each group in the order of `compareEdges`. */
function groupEdges(rows: readonly Row[]): Map<string, EdgeRecord[]> {
  const byKey = new Map<string, EdgeRecord[]>();
  for (const row of rows) {
    const key = String(row.key);
    const edges = byKey.get(key) ?? [];
    edges.push({ node: toNodeRecord(row.node), rel: toRelRecord(row.rel) });
    byKey.set(key, edges);
  }
  for (const edges of byKey.values()) edges.sort(compareEdges);
  return byKey;
}

/** One count of the graph statistics. */
export interface CountRow {
  readonly kind: 'label' | 'relationship';
  readonly name: string;
  readonly count: number;
}

/** Node counts per label and relationship counts per type, in one round trip. */
export async function readGraphCounts(db: GraphDatabase): Promise<CountRow[]> {
  const rows = await db.read(STATS_QUERY_NAME);
  return rows.map((row) => ({
    kind: row.kind === 'label' ? 'label' : 'relationship',
    name: String(row.name),
    count: Number(row.count),
  }));
}
