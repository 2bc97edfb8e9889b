import type { EngineName } from '../config';
import type { ScriptStatement } from './cypher-text';

/** A value a query parameter may hold. Dates are passed as ISO strings. */
export type ParamValue =
  string | number | boolean | null | readonly ParamValue[] | { readonly [key: string]: ParamValue };

export type Params = Readonly<Record<string, ParamValue>>;

/**
 * A plain value as both engines return it: numbers (integers beyond 2^53 as
 * strings), strings (dates as ISO strings), booleans, null, lists, and plain
 * objects for maps, nodes and relationships (their properties, nulls
 * omitted). A relationship also carries its type under `RELATIONSHIP_TYPE_KEY`,
 * which no model property may use (`type(r)` is not portable Cypher, so the
 * adapters read the type from the engine's own value).
 */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export type Row = Record<string, Value>;

/** The key under which a relationship value carries its type (`{ sources: [...], _type: 'SERVES' }`). */
export const RELATIONSHIP_TYPE_KEY = '_type';

/** A query with its text: loaded from a `.cypher` file, or written inline (tests, checks of ad-hoc text). */
export interface CypherQuery {
  /** Path under `cypher/` without the extension, e.g. `nodes/city/by-ids`, or a label for inline text. */
  readonly name: string;
  readonly text: string;
}

/**
 * What callers pass to `read` and `write`: the name of a query file under
 * `cypher/` (the adapter picks its engine's own file where one exists, e.g.
 * `cypher/neo4j/<name>.cypher`), or a query with its text.
 */
export type QueryRef = string | CypherQuery;

/** The name a query goes by in statistics and errors. */
export const queryName = (query: QueryRef): string => (typeof query === 'string' ? query : query.name);

/** What a write changed. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Per-call options of `read` and `write`. */
export interface QueryOptions {
  /**
   * Milliseconds the engine may spend on this query, when less than the
   * configured per-query timeout; the engine interrupts the query and frees
   * its connection when it runs out.
   */
  readonly timeoutMs?: number;
  /**
   * When the caller stops waiting (milliseconds since the epoch: a request's
   * time budget). A query still queued for a connection then is dropped with
   * TIMEOUT, and one that starts gets at most the time left.
   */
  readonly deadline?: number;
}

/** How busy the engine's connections are (for metrics). */
export interface PoolStats {
  /** Connections the adapter may use at once. */
  readonly size: number;
  /** Queries running now. */
  readonly busy: number;
  /** Queries waiting for a free connection. */
  readonly waiting: number;
}

/** A node by its id, or a relationship by its type and its ends' ids (seeds MERGE them on exactly that). */
export type EntityRef =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'relationship'; readonly type: string; readonly from: string; readonly to: string };

/** One property whose value differs; `null` stands for "no value" (never set, or set to null). */
export interface PropertyChange {
  readonly name: string;
  readonly before: Value;
  readonly after: Value;
}

/**
 * One node or relationship that a script created, changed or deleted, with
 * the properties whose values differ (for a created one every property it
 * has, for a deleted one every property it had).
 */
export interface EntityChange {
  readonly change: 'created' | 'changed' | 'deleted';
  readonly entity: EntityRef;
  readonly properties: readonly PropertyChange[];
}

/** What one batch of a script changed. */
export interface BatchResult {
  readonly counters: WriteCounters;
  /** Nodes first, then relationships; created, changed, deleted; then by id. */
  readonly changes: readonly EntityChange[];
}

export interface ScriptOptions {
  /** Run everything, report what would change, then roll back. */
  readonly dryRun: boolean;
  /** Told as each batch finishes, inside the transaction (progress; nothing is committed yet). */
  readonly onBatchDone?: (batchIndex: number, result: BatchResult) => void;
}

export interface ScriptResult {
  /** What each batch changed, in batch order. */
  readonly batches: BatchResult[];
}

/**
 * The reads of one unit of work (a GraphQL request), ended once it is done.
 * On Neo4j they share one session and one read transaction, so a request
 * pays for session set-up and transaction begin and commit once, not per
 * query, and the queries of one level of the response are pipelined on one
 * connection. On Kùzu it is the database itself: its pool lends a connection
 * per query, and there is nothing to share.
 */
export interface ReadScope extends GraphDatabase {
  /** Ends the unit of work (commits the read transaction and closes the session); safe to call twice. */
  end(): Promise<void>;
}

/**
 * The database port. Everything above `src/db/` talks to the graph through
 * this interface and never learns which engine runs.
 *
 * A list parameter that is empty makes `read` and `write` return no rows
 * without running the query (the same on both engines): write queries so
 * that an empty list means "nothing".
 */
export interface GraphDatabase {
  readonly engine: EngineName;
  /** Runs a read-only query (Neo4j READ access mode). */
  read(query: QueryRef, params?: Params, options?: QueryOptions): Promise<Row[]>;
  /** Runs a write query in its own transaction. */
  write(query: QueryRef, params?: Params, options?: QueryOptions): Promise<Row[]>;
  /**
   * Loads the files of these named queries now, so that a missing one stops
   * start-up with its path instead of failing the first request that needs it.
   */
  preload(names: readonly string[]): void;
  /**
   * Runs batches of parameterless statements in one write transaction: all
   * or nothing. What changed is reported per batch (a seed file is a batch),
   * from the graph's values read before and after the batch in the same
   * transaction (`script-changes.ts`), the same on both engines. A failing
   * statement rolls everything back and throws a `StatementError`.
   */
  runScript(batches: readonly (readonly ScriptStatement[])[], options: ScriptOptions): Promise<ScriptResult>;
  /**
   * Creates the engine's constraints and indexes; safe to repeat. The
   * embedded engine's schema is applied when it opens, so this does nothing
   * there; on Neo4j it runs cypher/neo4j/schema.cypher (schema privileges
   * needed), so it is called only before seeding: by the seed command, and
   * by start-up when it seeds an empty database.
   */
  applySchema(): Promise<void>;
  /** How busy the connections are now. */
  poolStats(): PoolStats;
  /**
   * A unit of work for a batch of reads that belong together, such as one
   * request's; its transaction may last until `deadline` (milliseconds since
   * the epoch). Writes through it go to the database as usual.
   */
  readScope(deadline?: number): ReadScope;
  /** Finishes in-flight work and releases the engine. Safe to call twice. */
  close(): Promise<void>;
}

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

/** True when some list parameter is empty: the query would return nothing. */
export function hasEmptyList(params: Params): boolean {
  return Object.values(params).some((v) => Array.isArray(v) && v.length === 0);
}

/** The timeout a query starting now runs under: the configured one, or less when the caller asks for less. */
export function effectiveTimeout(configuredMs: number, options: QueryOptions = {}): number {
  const left = options.deadline === undefined ? Infinity : options.deadline - Date.now();
  const asked = Math.min(options.timeoutMs ?? Infinity, left);
  return asked === Infinity ? configuredMs : Math.max(1, Math.min(configuredMs, Math.ceil(asked)));
}

/** True when the caller's deadline has passed: the query should not start. */
export function pastDeadline(options: QueryOptions = {}): boolean {
  return options.deadline !== undefined && Date.now() >= options.deadline;
}
