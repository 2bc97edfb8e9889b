import DataLoader from 'dataloader';
import type { GraphDatabase } from '../db';
import { labelOfId } from '../model';
import { trackActivity } from './activity';
import { countRelations, readNodesByIds, readRelationPage, readRelations, readRelationsTo } from './repository';
import type { ListEnd } from './repository';
import type { EdgeRecord, NodeRecord } from './records';
import type { Direction } from '../model';

/** The batching loaders of one request. */
export interface Loaders {
  /** Nodes of one label by id; `null` for an id that does not exist. */
  node(label: string): DataLoader<string, NodeRecord | null>;
  /** The relationships of one type and direction of nodes of one label, ordered, by node id. */
  relations(type: string, direction: Direction, owner: string): DataLoader<string, EdgeRecord[]>;
  /** The relationships of a single end (a city's member state) to one label, by node id. */
  relationsTo(end: ListEnd): DataLoader<string, EdgeRecord[]>;
  /**
   * One page of a relationship list per node id, paged in the engine: `count`
   * edges after the first `offset` (a connection asks for one more than its page).
   */
  relationPage(end: ListEnd, offset: number, count: number): DataLoader<string, EdgeRecord[]>;
  /** How many relationships of one end and label a node has. */
  relationCount(end: ListEnd): DataLoader<string, number>;
  /**
   * Source nodes by id, in the order given; ids without a Source node are
   * left out. One answer per list of ids and request, given as a plain list
   * once it is known (shared: not to be changed).
   */
  sources(ids: readonly string[]): NodeRecord[] | Promise<NodeRecord[]>;
  /** The port the loaders read through (counted and tracked for this request). */
  readonly db: GraphDatabase;
}

const SOURCE = 'Source';

/**
 * Builds one request's loaders. Each batch function runs one query for all
 * keys and returns one result per key, in key order. Source lookups wait
 * until the rest of the request is idle, so the sources cited anywhere in a
 * response (nodes and edges at every depth) cost one round trip in total.
 */
export function createLoaders(base: GraphDatabase, options: { naive?: boolean } = {}): Loaders {
  // Naive (BENCH_NAIVE_LOADERS, the benchmark's baseline only): every key is a query of its own.
  const batching = { batch: options.naive !== true };
  const activity = trackActivity(base);
  const db = activity.db;
  const nodeLoaders = new Map<string, DataLoader<string, NodeRecord | null>>();
  const relationLoaders = new Map<string, DataLoader<string, EdgeRecord[]>>();
  const countLoaders = new Map<string, DataLoader<string, number>>();

  /** Remembers the nodes at the other end of loaded edges, so that a later lookup of one costs nothing. */
  const primeEnds = (byId: ReadonlyMap<string, readonly EdgeRecord[]>): void => {
    for (const edges of byId.values()) {
      for (const { node: other } of edges) {
        const label = labelOfId(other.id);
        if (label !== undefined) node(label).prime(other.id, other);
      }
    }
  };

  /** The request's loader under `key`, made on first use. */
  const loaderFor = <V>(
    loaders: Map<string, DataLoader<string, V>>,
    key: string,
    make: () => DataLoader<string, V>,
  ) => {
    let loader = loaders.get(key);
    if (loader === undefined) {
      loader = make();
      loaders.set(key, loader);
    }
    return loader;
  };

  const node = (label: string): DataLoader<string, NodeRecord | null> =>
    loaderFor(
      nodeLoaders,
      label,
      () =>
        new DataLoader<string, NodeRecord | null>(
          async (ids) => {
            const found = new Map((await readNodesByIds(db, label, ids)).map((n) => [n.id, n]));
            return ids.map((id) => found.get(id) ?? null);
          },
          label === SOURCE ? { ...batching, batchScheduleFn: (dispatch) => activity.whenIdle(dispatch) } : batching,
        ),
    );

  /** Edges per id read by `read` for a batch; the nodes at their other ends are primed. */
  const edgeLoader = (
    key: string,
    read: (ids: readonly string[]) => Promise<ReadonlyMap<string, EdgeRecord[]>>,
  ): DataLoader<string, EdgeRecord[]> =>
    loaderFor(
      relationLoaders,
      key,
      () =>
        new DataLoader<string, EdgeRecord[]>(async (ids) => {
          const byId = await read(ids);
          primeEnds(byId);
          return ids.map((id) => byId.get(id) ?? []);
        }, batching),
    );

  const endKey = (end: ListEnd): string => `${end.owner} ${end.direction} ${end.type} ${end.target}`;

  const relations = (type: string, direction: Direction, owner: string): DataLoader<string, EdgeRecord[]> =>
    edgeLoader(`${owner} ${direction} ${type}`, (ids) => readRelations(db, type, direction, owner, ids));

  const relationsTo = (end: ListEnd): DataLoader<string, EdgeRecord[]> =>
    edgeLoader(endKey(end), (ids) => readRelationsTo(db, end, ids));

  const relationPage = (end: ListEnd, offset: number, count: number): DataLoader<string, EdgeRecord[]> =>
    edgeLoader(`${endKey(end)} ${offset} ${count}`, (ids) => readRelationPage(db, end, ids, { offset, count }));

  const relationCount = (end: ListEnd): DataLoader<string, number> =>
    loaderFor(
      countLoaders,
      endKey(end),
      () =>
        new DataLoader<string, number>(async (ids) => {
          const byId = await countRelations(db, end, ids);
          return ids.map((id) => byId.get(id) ?? 0);
        }, batching),
    );

  const loadSources = async (ids: readonly string[]): Promise<NodeRecord[]> => {
    const found = await node(SOURCE).loadMany([...ids]);
    const failure = found.find((n): n is Error => n instanceof Error);
    if (failure !== undefined) throw failure;
    return found.filter((n): n is NodeRecord => n !== null);
  };
  // Most nodes and edges of a response cite one of a few lists of documents. Once a list is known it is
  // answered as a plain value, so GraphQL completes the `sources` fields after the first without a
  // promise each (in a profile of the nested query, the time under the loaders fell by about a third).
  const sourceLists = new Map<string, NodeRecord[] | Promise<NodeRecord[]>>();
  const sources = (ids: readonly string[]): NodeRecord[] | Promise<NodeRecord[]> => {
    const key = ids.join(' ');
    const known = sourceLists.get(key);
    if (known !== undefined) return known;
    const loading = loadSources(ids).then((found) => {
      sourceLists.set(key, found);
      return found;
    });
    sourceLists.set(key, loading);
    return loading;
  };

  return { node, relations, relationsTo, relationPage, relationCount, sources, db };
}
