import { AppError, ErrorCode } from '../errors';
import { hasEmptyList, queryName } from './port';
import { servedFromCache } from './served-from-cache';
import type { ReadScope, GraphDatabase, Params, QueryOptions, Row } from './port';

/** Database work done for one request. */
export interface QueryStats {
  /** Queries sent to the database (short-circuited ones are not round trips). */
  roundTrips: number;
  /** Wall-clock milliseconds spent waiting for the database. */
  dbTimeMs: number;
  /** Names of the queries run, in order. */
  queries: string[];
  /** Reads answered by the read cache (src/db/read-cache.ts) instead of the engine: not round trips. */
  cacheHits: number;
}

export function newQueryStats(): QueryStats {
  return { roundTrips: 0, dbTimeMs: 0, queries: [], cacheHits: 0 };
}

/**
 * Told of every query that reached the engine or the read cache: its name,
 * seconds, whether it failed, and whether the cache answered it (metrics).
 */
export type QueryObserver = (name: string, seconds: number, error: unknown, cached: boolean) => void;

/** The message of a request that used up its time budget. */
export const BUDGET_MESSAGE = 'The request used up its time budget (REQUEST_BUDGET_MS)';

/**
 * Every member of the port, forwarded one by one (a class instance's methods
 * would not be copied by a spread): the base a wrapper spreads and then
 * replaces `read` and `write` of.
 */
export function forwardingDatabase(db: GraphDatabase): GraphDatabase {
  return {
    engine: db.engine,
    read: (query, params, options) => db.read(query, params, options),
    write: (query, params, options) => db.write(query, params, options),
    preload: (names) => db.preload(names),
    runScript: (statements, options) => db.runScript(statements, options),
    applySchema: () => db.applySchema(),
    poolStats: () => db.poolStats(),
    readScope: (deadline) => db.readScope(deadline),
    close: () => db.close(),
  };
}

/** A read scope that is the database itself, for engines that share nothing between the queries of a request. */
export function unscoped(db: GraphDatabase): ReadScope {
  return { ...forwardingDatabase(db), end: () => Promise.resolve() };
}

/**
 * `wrap` applied to the database and to every read scope opened through the
 * result: what a wrapper that watches queries builds on, so that reads made
 * through a request's scope are watched too.
 */
export function wrapWithScopes(db: GraphDatabase, wrap: (inner: GraphDatabase) => GraphDatabase): GraphDatabase {
  return {
    ...wrap(db),
    readScope: (deadline) => {
      const scope = db.readScope(deadline);
      return { ...wrap(scope), end: () => scope.end() };
    },
  };
}

/**
 * The same port, telling `observe` about every query that reached the engine
 * (an empty list parameter short-circuits a query: it is not reported).
 */
export function observedDatabase(db: GraphDatabase, observe: QueryObserver): GraphDatabase {
  return wrapWithScopes(db, (inner) => observedOnly(inner, observe));
}

function observedOnly(db: GraphDatabase, observe: QueryObserver): GraphDatabase {
  const timed = async (
    run: (query: Parameters<GraphDatabase['read']>[0], params: Params, options?: QueryOptions) => Promise<Row[]>,
    ...[query, params = {}, options]: Parameters<GraphDatabase['read']>
  ): Promise<Row[]> => {
    if (hasEmptyList(params)) return run(query, params, options);
    const started = performance.now();
    let failure: unknown;
    let cached = false;
    try {
      const rows = await run(query, params, options);
      cached = servedFromCache(rows);
      return rows;
    } catch (error) {
      failure = error ?? new Error('query failed');
      throw error;
    } finally {
      observe(queryName(query), (performance.now() - started) / 1000, failure, cached);
    }
  };
  return {
    ...forwardingDatabase(db),
    read: (...args) => timed((q, p, o) => db.read(q, p, o), ...args),
    write: (...args) => timed((q, p, o) => db.write(q, p, o), ...args),
  };
}

/**
 * The port of one request: counts round trips and database time into
 * `stats`, and keeps the request within its time budget. Each query carries
 * the deadline: the adapter drops it if it is still waiting for a connection
 * then, and gives it at most what is left when it starts (the engine
 * interrupts it and frees its connection); once the budget is spent, every
 * further query fails at once with TIMEOUT.
 */
export function countingDatabase(db: GraphDatabase, stats: QueryStats, deadline = Infinity): GraphDatabase {
  return wrapWithScopes(db, (inner) => countingOnly(inner, stats, deadline));
}

function countingOnly(db: GraphDatabase, stats: QueryStats, deadline: number): GraphDatabase {
  const withinBudget = async (
    run: (options: QueryOptions) => Promise<Row[]>,
    options: QueryOptions = {},
  ): Promise<Row[]> => {
    if (deadline === Infinity) return run(options);
    const left = deadline - Date.now();
    if (left <= 0) throw new AppError(ErrorCode.TIMEOUT, BUDGET_MESSAGE);
    let timer: NodeJS.Timeout | undefined;
    const expiry = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AppError(ErrorCode.TIMEOUT, BUDGET_MESSAGE)), left);
    });
    try {
      // The adapter drops the query if it is still queued at the deadline, and gives it only what is left.
      return await Promise.race([
        run({ ...options, deadline: Math.min(options.deadline ?? deadline, deadline) }),
        expiry,
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
  return observedOnly(
    {
      ...forwardingDatabase(db),
      read: (query, params, options) => withinBudget((o) => db.read(query, params, o), options),
      write: (query, params, options) => withinBudget((o) => db.write(query, params, o), options),
    },
    (name, seconds, _error, cached) => {
      if (cached) {
        stats.cacheHits += 1;
        return;
      }
      stats.roundTrips += 1;
      stats.queries.push(name);
      stats.dbTimeMs += seconds * 1000;
    },
  );
}
