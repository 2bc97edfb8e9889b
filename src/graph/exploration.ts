import { RELATIONSHIP_TYPE_KEY } from '../db';
import type { GraphDatabase, Row } from '../db';
import { labelOfId } from '../model';
import {
  ALL_EDGES_QUERY,
  ALL_NODES_QUERY,
  DEGREES_QUERY,
  EDGES_AMONG_QUERY,
  EDGES_AROUND_FIRST_OF_TYPES_QUERY,
  EDGES_AROUND_FIRST_QUERY,
  EDGES_AROUND_QUERY,
  NODES_BY_IDS_QUERY,
} from './exploration-queries';
import { toNodeRecord, toRelRecord } from './records';
import type { NodeRecord, RelRecord } from './records';

/**
 * Exploration over the port: relationships around a set of nodes, among a
 * set of nodes, and node degrees. Each function is one round trip.
 */

/** A relationship with both ends, as graph-drawing clients want it. */
export interface GraphEdgeRecord {
  /** `<source>|<TYPE>|<target>`: stable, and unique because seeds MERGE one relationship per type and pair. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly rel: RelRecord;
}

/** Nodes and relationships of an exploration, and whether a cap cut it short. */
export interface GraphRecord {
  readonly nodes: readonly NodeRecord[];
  readonly edges: readonly GraphEdgeRecord[];
  readonly truncated: boolean;
}

function edgeOf(row: Row): GraphEdgeRecord {
  const source = String(row.source);
  const target = String(row.target);
  const { [RELATIONSHIP_TYPE_KEY]: type, ...rel } = toRelRecord(row.rel);
  return { id: `${source}|${String(type)}|${target}`, source, target, type: String(type), rel: rel as RelRecord };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A relationship around a node, with the node at its other end. */
export interface AroundEdge {
  readonly edge: GraphEdgeRecord;
  readonly other: NodeRecord;
}

/** Every relationship of the nodes `ids`, both directions, with the node at the other end; in a stable order. */
export async function readEdgesAround(db: GraphDatabase, ids: readonly string[]): Promise<AroundEdge[]> {
  const rows = await db.read(EDGES_AROUND_QUERY, { ids: [...ids] });
  return rows
    .map((row) => ({ edge: edgeOf(row), other: toNodeRecord(row.other) }))
    .sort((a, b) => byId(a.edge, b.edge));
}

/** A relationship read from one of its ends (`around`), and which way it points from there. */
interface AroundRow extends AroundEdge {
  readonly around: string;
  readonly direction: string;
}

/** The order a node's relationships are cut in: the other end's id, the type, outgoing first (as the engines sort). */
function aroundOrder(a: AroundRow, b: AroundRow): number {
  const keys = (row: AroundRow): string[] => [row.other.id, row.edge.type, row.direction === 'out' ? '0' : '1'];
  const [x, y] = [keys(a), keys(b)];
  for (let i = 0; i < x.length; i += 1) {
    if ((x[i] as string) !== (y[i] as string)) return (x[i] as string) < (y[i] as string) ? -1 : 1;
  }
  return 0;
}

/**
 * At most `limit` relationships of each node of `ids` (of the relationship types `types`, all when undefined),
 * both directions: all of a node's when it has no more, else its first `limit` by the other end's id, the type,
 * and outgoing before incoming; `cut` says whether some node had more. The degrees tell which nodes may have more
 * (hubs such as the ASCN, with 13,000 members at bench scale 1000); the others' relationships are read whole, and
 * each hub's are cut in the engine (exploration-queries.ts), so that a hub costs `limit` rows, not its thousands.
 * Two round trips, three when the batch holds a hub (one when `limit` is `Infinity`); in a stable order.
 */
export async function readEdgesAroundCapped(
  db: GraphDatabase,
  ids: readonly string[],
  limit: number,
  types?: ReadonlySet<string>,
): Promise<{ found: AroundEdge[]; cut: boolean }> {
  const degrees = limit === Infinity ? new Map<string, number>() : await readDegrees(db, ids);
  const hubs = ids.filter((id) => (degrees.get(id) ?? 0) > limit);
  const small = ids.filter((id) => (degrees.get(id) ?? 0) <= limit);
  let cut = false;
  const readHubs = async (): Promise<AroundEdge[]> => {
    if (hubs.length === 0) return [];
    // One more than kept per direction tells whether a hub had more.
    const rows = await (types === undefined
      ? db.read(EDGES_AROUND_FIRST_QUERY, { ids: hubs, limit: limit + 1 })
      : db.read(EDGES_AROUND_FIRST_OF_TYPES_QUERY, { ids: hubs, limit: limit + 1, types: [...types] }));
    const byHub = new Map<string, AroundRow[]>();
    for (const row of rows) {
      const around: AroundRow = {
        around: String(row.direction === 'out' ? row.source : row.target),
        direction: String(row.direction),
        edge: edgeOf(row),
        other: toNodeRecord(row.other),
      };
      const list = byHub.get(around.around);
      if (list === undefined) byHub.set(around.around, [around]);
      else list.push(around);
    }
    return [...byHub.values()].flatMap((list) => {
      cut ||= list.length > limit;
      return list.sort(aroundOrder).slice(0, limit);
    });
  };
  const [whole, cutHubs] = await Promise.all([small.length > 0 ? readEdgesAround(db, small) : [], readHubs()]);
  const wanted = whole.filter(({ edge }) => types === undefined || types.has(edge.type));
  return { found: [...wanted, ...cutHubs].sort((a, b) => byId(a.edge, b.edge)), cut };
}

/** The relationships whose two ends are among `ids`, in a stable order. */
export async function readEdgesAmong(db: GraphDatabase, ids: readonly string[]): Promise<GraphEdgeRecord[]> {
  const rows = await db.read(EDGES_AMONG_QUERY, { ids: [...ids], targets: [...ids] });
  return rows.map(edgeOf).sort(byId);
}

/** How many relationships each of `ids` has (0 for a node without any). */
export async function readDegrees(db: GraphDatabase, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read(DEGREES_QUERY, { ids: [...ids] });
  const degrees = new Map(ids.map((id) => [id, 0]));
  for (const row of rows) degrees.set(String(row.id), Number(row.degree));
  return degrees;
}

/** Nodes of any label by id, in the order of `ids`; ids without a node are left out. */
export async function readNodesAnyLabel(db: GraphDatabase, ids: readonly string[]): Promise<NodeRecord[]> {
  const found = new Map(
    (await db.read(NODES_BY_IDS_QUERY, { ids: [...ids] })).map((row) => {
      const node = toNodeRecord(row.node);
      return [node.id, node] as const;
    }),
  );
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** What a neighbourhood may follow and how far. */
export interface NeighborhoodOptions {
  /** Hops from the start node, 1 to 3. */
  readonly depth: number;
  /** Only these relationship types (all when undefined). */
  readonly types?: ReadonlySet<string>;
  /** Only nodes of these labels besides the start node (all when undefined). */
  readonly labels?: ReadonlySet<string>;
  /** At most this many nodes, the start node included. */
  readonly maxNodes: number;
  /** At most this many relationships. */
  readonly maxEdges: number;
}

/**
 * The nodes within `depth` hops of `start` and the relationships followed to
 * reach them (breadth first, in a stable order), cut at `maxNodes` nodes and
 * `maxEdges` relationships, each node contributing at most `maxEdges` of its
 * relationships (its first by the other end's id and type: a hub's thousands
 * are never read; with a label filter every node's are read, since the cut
 * would come before the filter); `truncated` says when a cap cut something
 * off. Two round trips per hop (degrees, relationships), three for a hop that
 * reaches a hub, one with a label filter.
 */
export async function readNeighborhood(
  db: GraphDatabase,
  start: NodeRecord,
  options: NeighborhoodOptions,
): Promise<GraphRecord> {
  const nodes = new Map<string, NodeRecord>([[start.id, start]]);
  const edges = new Map<string, GraphEdgeRecord>();
  let truncated = false;
  let frontier = [start.id];
  for (let hop = 0; hop < options.depth && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    // A hub's cut picks by the other end's id, before the label filter: with a label filter, hubs are read whole,
    // so that a wanted neighbour past the cut is not lost.
    const perNode = options.labels === undefined ? options.maxEdges : Infinity;
    const { found, cut } = await readEdgesAroundCapped(db, frontier, perNode, options.types);
    truncated ||= cut;
    for (const { edge, other } of found) {
      if (edges.has(edge.id)) continue;
      if (!nodes.has(other.id)) {
        if (options.labels !== undefined && !options.labels.has(labelOfId(other.id) ?? '')) continue;
        if (nodes.size >= options.maxNodes) {
          truncated = true;
          continue;
        }
        nodes.set(other.id, other);
        next.push(other.id);
      }
      if (edges.size >= options.maxEdges) {
        truncated = true;
        continue;
      }
      edges.set(edge.id, edge);
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

/** One shortest path: its nodes in order and, per step, the relationship taken and whether along its direction. */
export interface PathRecord {
  readonly nodes: readonly string[];
  readonly steps: readonly { readonly edge: GraphEdgeRecord; readonly forward: boolean }[];
}

/** What a shortest-path search may use. */
export interface PathOptions {
  /** Longest path considered, in relationships. */
  readonly maxHops: number;
  /** Only these relationship types (all when undefined). */
  readonly types?: ReadonlySet<string>;
  /** Nodes no path may pass through (hubs such as the network). */
  readonly exclude: ReadonlySet<string>;
  /** At most this many paths. */
  readonly maxPaths: number;
}

/**
 * Every shortest path from `from` to `to` (up to `maxPaths`, in a stable
 * order), found breadth first over the port, one round trip per hop, with the
 * type and node filters applied during the search. The same code serves both
 * engines: Kùzu's `* ALL SHORTEST` cannot take parameters inside its path
 * predicates, and a search done here gives identical answers everywhere.
 */
export async function readShortestPaths(
  db: GraphDatabase,
  from: string,
  to: string,
  options: PathOptions,
): Promise<{ paths: PathRecord[]; nodes: Map<string, NodeRecord>; truncated: boolean }> {
  const nodes = new Map<string, NodeRecord>();
  // For each node reached, the steps that reach it at its (shortest) distance.
  const parents = new Map<string, { from: string; edge: GraphEdgeRecord; forward: boolean }[]>([[from, []]]);
  let frontier = [from];
  for (let hop = 0; hop < options.maxHops && frontier.length > 0 && !parents.has(to); hop += 1) {
    const reached = new Map<string, { from: string; edge: GraphEdgeRecord; forward: boolean }[]>();
    for (const { edge, other } of await readEdgesAround(db, frontier)) {
      if (options.types !== undefined && !options.types.has(edge.type)) continue;
      if (parents.has(other.id) || (options.exclude.has(other.id) && other.id !== to)) continue;
      const here = edge.source === other.id ? edge.target : edge.source;
      const forward = edge.source === here;
      nodes.set(other.id, other);
      reached.set(other.id, [...(reached.get(other.id) ?? []), { from: here, edge, forward }]);
    }
    for (const [id, steps] of reached) parents.set(id, steps);
    frontier = [...reached.keys()];
  }
  if (from === to || !parents.has(to)) return { paths: [], nodes, truncated: false };
  const paths: PathRecord[] = [];
  let truncated = false;
  // Walk back from `to`; depth-first over parents in their stable order gives a stable path order.
  const walk = (at: string, tail: PathRecord): void => {
    if (paths.length >= options.maxPaths) {
      truncated = true;
      return;
    }
    if (at === from) {
      paths.push({ nodes: [from, ...tail.nodes], steps: tail.steps });
      return;
    }
    for (const step of parents.get(at) ?? []) {
      walk(step.from, {
        nodes: [at, ...tail.nodes],
        steps: [{ edge: step.edge, forward: step.forward }, ...tail.steps],
      });
    }
  };
  walk(to, { nodes: [], steps: [] });
  return { paths, nodes, truncated };
}

/** The whole graph: every node and relationship, in a stable order (two round trips). */
export async function readWholeGraph(db: GraphDatabase): Promise<GraphRecord> {
  const [nodeRows, edgeRows] = await Promise.all([db.read(ALL_NODES_QUERY), db.read(ALL_EDGES_QUERY)]);
  return {
    nodes: nodeRows.map((row) => toNodeRecord(row.node)).sort(byId),
    edges: edgeRows.map(edgeOf).sort(byId),
    truncated: false,
  };
}
