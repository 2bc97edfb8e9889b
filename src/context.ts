import { randomUUID } from 'node:crypto';
import { countingDatabase, newQueryStats } from './db';
import type { GraphDatabase, QueryStats } from './db';
import type { Logger } from './logger';
import { createLoaders } from './graph/loaders';
import type { Loaders } from './graph/loaders';

/** What every resolver of one request sees. Built per request: loaders never outlive it. */
export interface RequestContext {
  /** Identifies the request in logs, in the `x-request-id` header and in masked errors. */
  readonly requestId: string;
  readonly loaders: Loaders;
  /** Round trips and database time of this request. */
  readonly stats: QueryStats;
  /** Whether the response reports `stats` in `extensions.queryStats`. */
  readonly reportStats: boolean;
  readonly logger: Logger;
  /** Nodes an exploration returns by default and at most (configuration). */
  readonly graphNodes: { readonly default: number; readonly max: number };
  /** What the request log line and metrics report of the operation, filled in as it ends. */
  readonly summary: RequestSummary;
  /** Ends the request's unit of work with the database (on Neo4j: its read transaction and session). */
  readonly endReads: () => Promise<void>;
}

/** A GraphQL request as the request log line reports it. */
export interface RequestSummary {
  operationName?: string;
  /** The codes of the errors sent, in order. */
  errorCodes: string[];
}

export interface ContextOptions {
  readonly db: GraphDatabase;
  readonly logger: Logger;
  readonly reportStats: boolean;
  /** A request id the client sent (kept when it looks safe), otherwise a new one. */
  readonly requestId?: string;
  readonly graphNodes: RequestContext['graphNodes'];
  /** When the request's time budget runs out (milliseconds since the epoch); no budget when absent. */
  readonly deadline?: number;
  /** Loaders without batching (`BENCH_NAIVE_LOADERS`, for the benchmark only). */
  readonly naiveLoaders?: boolean;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** How long after its budget a request's unit of work is ended if nothing ended it before (a safety net). */
const SCOPE_GRACE_MS = 1000;

/**
 * Builds the context of one request: one read scope of the port for all its
 * queries (on Neo4j one session and read transaction), counted, and fresh
 * loaders over it. The observation plugin ends the scope when the response
 * is sent; a timer ends it after the budget in case nothing does.
 */
export function createRequestContext(options: ContextOptions): RequestContext {
  const stats = newQueryStats();
  const given = options.requestId;
  const counted = countingDatabase(options.db, stats, options.deadline);
  const scope = counted.readScope(options.deadline);
  let safetyNet: NodeJS.Timeout | undefined;
  if (options.deadline !== undefined) {
    safetyNet = setTimeout(() => void scope.end(), Math.max(0, options.deadline - Date.now()) + SCOPE_GRACE_MS);
    safetyNet.unref();
  }
  return {
    requestId: given !== undefined && SAFE_REQUEST_ID.test(given) ? given : randomUUID(),
    loaders: createLoaders(scope, { naive: options.naiveLoaders }),
    stats,
    reportStats: options.reportStats,
    logger: options.logger,
    graphNodes: options.graphNodes,
    summary: { errorCodes: [] },
    endReads: () => {
      clearTimeout(safetyNet);
      return scope.end();
    },
  };
}
