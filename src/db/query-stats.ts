import { hasEmptyList, queryName } from './port';
import type { GraphDatabase, Params } from './port';

/** Database work done for one request. */
export interface QueryStats {
  /** Queries sent to the database (short-circuited ones are not round trips). */
  roundTrips: number;
  /** Wall-clock milliseconds spent waiting for the database. */
  dbTimeMs: number;
  /** Names of the queries run, in order. */
  queries: string[];
}

export function newQueryStats(): QueryStats {
  return { roundTrips: 0, dbTimeMs: 0, queries: [] };
}

/**
 * The same port, counting round trips and database time into `stats`. Made
 * per request, so the counts belong to exactly one GraphQL operation.
 */
export function countingDatabase(db: GraphDatabase, stats: QueryStats): GraphDatabase {
  const timed = async <T>(name: string, params: Params, run: () => Promise<T>): Promise<T> => {
    const skipped = hasEmptyList(params);
    const started = performance.now();
    try {
      return await run();
    } finally {
      if (!skipped) {
        stats.roundTrips += 1;
        stats.queries.push(name);
        stats.dbTimeMs += performance.now() - started;
      }
    }
  };
  return {
    engine: db.engine,
    read: (query, params = {}) => timed(queryName(query), params, () => db.read(query, params)),
    write: (query, params = {}) => timed(queryName(query), params, () => db.write(query, params)),
    preload: (names) => db.preload(names),
    runScript: (statements, options) => db.runScript(statements, options),
    applySchema: () => db.applySchema(),
    close: () => db.close(),
  };
}
