import { forwardingDatabase } from '../db';
import type { GraphDatabase } from '../db';
import { AppError, ErrorCode } from '../errors';

/** Knows whether a request has database work in flight; its port only reads. */
export interface Activity {
  /** The same port, counting reads in flight. */
  readonly db: GraphDatabase;
  /** Calls `callback` once no read is in flight and none is about to start. */
  whenIdle(callback: () => void): void;
}

/**
 * Tracks a request's reads so a loader can wait for the rest of the request.
 * "About to start" is covered by checking in a `setImmediate`: DataLoader
 * dispatches its batches on the microtask and next-tick queues, which Node
 * drains before it runs immediates, so a resolver chain that will query again
 * has done so by then.
 */
export function trackActivity(db: GraphDatabase): Activity {
  let inFlight = 0;
  let waiting: (() => void)[] = [];
  let scheduled = false;
  const check = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (inFlight > 0 || waiting.length === 0) return;
      const ready = waiting;
      waiting = [];
      for (const callback of ready) callback();
    });
  };
  const readOnly = (): Promise<never> =>
    Promise.reject(new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The GraphQL API is read-only'));
  const tracked: GraphDatabase = {
    ...forwardingDatabase(db),
    // The API is read-only: nothing above this port may write, whatever a resolver tries.
    write: readOnly,
    runScript: readOnly,
    applySchema: readOnly,
    read: async (query, params, options) => {
      inFlight += 1;
      try {
        return await db.read(query, params, options);
      } finally {
        inFlight -= 1;
        if (inFlight === 0 && waiting.length > 0) check();
      }
    },
  };
  return {
    db: tracked,
    whenIdle(callback) {
      waiting.push(callback);
      check();
    },
  };
}
