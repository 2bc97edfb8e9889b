import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats, QueryObserver } from '../db';
import type { GateStats } from '../http/execution-gate';
import { ErrorCode } from '../errors';

/** How a GraphQL request ended, as metrics and request logs label it. */
export type Outcome = 'success' | 'client_error' | 'server_error';

/** Codes that mean the server, not the client, failed the request. */
const SERVER_CODES = new Set<string>([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.TIMEOUT,
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.DATABASE_CLOSED,
  ErrorCode.SERVER_BUSY,
]);

/** The outcome of a response with these error codes. */
export function outcomeOf(codes: readonly string[]): Outcome {
  if (codes.length === 0) return 'success';
  return codes.some((code) => SERVER_CODES.has(code)) ? 'server_error' : 'client_error';
}

/** The operation label of a request whose document never resolved to an operation (it failed validation). */
export const INVALID_OPERATION = '(invalid)';

/** Operation names become label values: bounded in form and in number, so a client cannot flood the registry. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

/** The Prometheus metrics of one server (its own registry, so servers in one process do not mix). */
export interface ServerMetrics {
  readonly registry: Registry;
  /** One GraphQL request ended. */
  graphqlRequest(operationName: string | undefined, outcome: Outcome, seconds: number): void;
  /** One error was sent, by code. */
  error(code: string): void;
  /** One HTTP response was sent (every route, GraphQL included). */
  httpResponse(route: string, method: string, status: number): void;
  /** Observes database queries (pass to `observedDatabase`). */
  readonly query: QueryObserver;
}

/** A gauge with one value per `state` label, read from `read` when scraped. */
function stateGauge(registry: Registry, name: string, help: string, read: () => Record<string, number>): void {
  new Gauge({
    name,
    help,
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      for (const [state, value] of Object.entries(read())) this.set({ state }, value);
    },
  });
}

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Metrics with prom-client: GraphQL requests and their latency by operation
 * and outcome, errors by code, HTTP responses by route and status, database
 * query latency by query name, connection pool usage and the GraphQL requests
 * running and waiting (read from `pool` and `gate` when scraped), and Node's process metrics (memory, CPU, event loop lag, GC).
 */
export function createMetrics(pool: () => PoolStats, gate: () => GateStats): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'kg_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'kg_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'kg_errors_total',
    help: 'Errors sent to clients, by code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const responses = new Counter({
    name: 'kg_http_responses_total',
    help: 'HTTP responses by route, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'kg_db_query_duration_seconds',
    help: 'Database query latency by query name and outcome (ok, error, or cached: answered by the read cache)',
    labelNames: ['query', 'outcome'] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  stateGauge(
    registry,
    'kg_db_pool_connections',
    'Database connections the server may use (size) and those running a query now (busy)',
    () => {
      const stats = pool();
      return { size: stats.size, busy: stats.busy };
    },
  );
  new Gauge({
    name: 'kg_db_pool_waiting',
    help: 'Queries waiting for a free database connection',
    registers: [registry],
    collect() {
      this.set(pool().waiting);
    },
  });
  stateGauge(
    registry,
    'kg_graphql_requests_in_progress',
    'GraphQL requests executing now (running, at most GRAPHQL_CONCURRENCY) and waiting for a turn (waiting)',
    () => {
      const stats = gate();
      return { running: stats.running, waiting: stats.waiting };
    },
  );
  const known = new Set<string>();
  const operationLabel = (name: string | undefined): string => {
    if (name === undefined || name === '') return 'anonymous';
    if (name === INVALID_OPERATION) return name;
    if (!OPERATION_NAME.test(name)) return 'other';
    if (!known.has(name)) {
      if (known.size >= MAX_OPERATION_NAMES) return 'other';
      known.add(name);
    }
    return name;
  };
  return {
    registry,
    graphqlRequest(operationName, outcome, seconds) {
      const labels = { operation: operationLabel(operationName), outcome };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
    error: (code) => errors.inc({ code }),
    httpResponse: (route, method, status) => responses.inc({ route, method, status: String(status) }),
    query: (name, seconds, error, cached) =>
      queries.observe({ query: name, outcome: error !== undefined ? 'error' : cached ? 'cached' : 'ok' }, seconds),
  };
}
