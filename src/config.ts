import path from 'node:path';

/** Which database engine serves the graph. */
export type EngineName = 'kuzu' | 'neo4j';

/** Log verbosity, most quiet first. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Database name; undefined means the server's default database. */
  database: string | undefined;
}

export interface AppConfig {
  engine: EngineName;
  neo4j: Neo4jConfig;
  /** Directory of the embedded database, or `:memory:`. */
  kuzuPath: string;
  /** Connections in the embedded engine's pool (one query in flight each). */
  kuzuPoolSize: number;
  /** Threads one embedded query may use (the pool runs several queries at once). */
  kuzuQueryThreads: number;
  host: string;
  port: number;
  logLevel: LogLevel;
  /** Per-query database timeout in milliseconds. */
  queryTimeoutMs: number;
  /** Seed an empty database on start-up. */
  autoSeed: boolean;
  /** Report database round trips in `extensions` for every request (otherwise on request only). */
  reportQueryStats: boolean;
  /** Return internal error details in responses (never in production). */
  exposeErrors: boolean;
  /** Nodes an exploration (`neighborhood`, `subgraph`) returns: by default, and at most. */
  graphNodes: { default: number; max: number };
  /** Megabytes of memory the embedded engine may cache pages in (Kùzu's buffer pool). */
  kuzuBufferPoolMb: number;
  /**
   * Megabytes of repeated reads' answers kept until the next write (`READ_CACHE_MB`, 0 turns it off):
   * 16 on the embedded engine, whose graph only this process can change; 0 on Neo4j, where others may write.
   */
  readCacheMb: number;
  /** Open the embedded database read-only (several server processes may share one seeded file). */
  kuzuReadOnly: boolean;
  /** Milliseconds one GraphQL request may spend on database work in all (its time budget). */
  requestBudgetMs: number;
  /** Benchmark only (`BENCH_NAIVE_LOADERS`): DataLoaders without batching, one query per parent and field. */
  naiveLoaders: boolean;
  /** Bounds on what one GraphQL request may ask for. */
  limits: QueryLimits;
  http: HttpConfig;
}

/** The HTTP edge: body size, timeouts, cross-origin access, rate limit, shutdown. */
export interface HttpConfig {
  /** Largest request body accepted, in bytes (a larger one is answered 413). */
  bodyLimitBytes: number;
  /** Milliseconds a client has to send a whole request (headers and body); a slower one is cut off. */
  requestTimeoutMs: number;
  /** Milliseconds an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Origins allowed to call the API from a browser on another origin; `['*']` for any, `[]` for none. */
  corsOrigins: string[];
  /** Requests one client may send per window; 0 switches the rate limit off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /**
   * Which `X-Forwarded-For` hops to believe, for the client address of the rate limit and logs: `false` (none),
   * a number of proxies in front, or the proxies' addresses or ranges. Never every hop: a client writes the
   * leftmost entries itself.
   */
  trustProxy: false | number | string[];
  /** Milliseconds `SIGTERM`/`SIGINT` waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: number;
  /**
   * GraphQL requests executed at once (`GRAPHQL_CONCURRENCY`); later ones wait their turn: 4 on the embedded
   * engine, which shares the server's cores, 16 on Neo4j, where a request mostly waits on the network.
   */
  graphqlConcurrency: number;
  /** GraphQL requests that may wait for a turn (`GRAPHQL_QUEUE`); one more is refused with 503 `SERVER_BUSY`. */
  graphqlQueue: number;
}

/**
 * Bounds on what one GraphQL request may ask for (docs/architecture.md,
 * "Limits and hostile input"; numbers from graphql-armor's defaults).
 */
export interface QueryLimits {
  /** Nesting depth of fields; connection plumbing (`edges`, `node`, `nodes`) does not count. */
  readonly maxDepth: number;
  /** Aliased fields in an operation, its fragments spread (graphql-armor's rule). */
  readonly maxAliases: number;
  /** Lexical tokens in the document (checked while parsing). */
  readonly maxTokens: number;
  /** Field selections of an operation once its fragments are spread (checked before validation). */
  readonly maxSelections: number;
  /** Times one field or alias may be selected within one selection set (checked before validation). */
  readonly maxRepeats: number;
  /** Directives in an operation, its fragments spread (graphql-armor's rule). */
  readonly maxDirectives: number;
  /** Worst-case number of objects the response may hold (list fields multiply by their page size). */
  readonly maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxSelections: 2000,
  maxRepeats: 50,
  maxDirectives: 50,
  maxCost: 50_000,
};

/** Invalid configuration: the message names the variable and what it accepts. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];
const ENGINES: readonly EngineName[] = ['kuzu', 'neo4j'];
const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase() as T;
  if (!allowed.includes(value)) {
    throw new ConfigError(`${name}="${raw}" is invalid: use one of ${allowed.join(', ')}`);
  }
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  // Plain decimal digits only: Number() would also take '0x1F90', '1e3' and, for blanks, 0.
  const value = /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}="${raw}" is invalid: use an integer from ${min} to ${max}`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new ConfigError(`${name}="${raw}" is invalid: use true or false`);
}

function neo4jUri(env: Env): string {
  const uri = (env.NEO4J_URI ?? '').trim();
  if (uri === '') return '';
  const scheme = uri.split('://')[0] ?? '';
  if (!uri.includes('://') || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI="${uri}" is invalid: use a URI starting with ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    );
  }
  return uri;
}

/**
 * Reads the configuration from the environment (the only place that does).
 * The engine is Neo4j when `GRAPH_ENGINE=neo4j` or when `NEO4J_URI` is set and
 * `GRAPH_ENGINE` is not; otherwise the embedded Kùzu engine.
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const uri = neo4jUri(env);
  const engine = oneOf(env, 'GRAPH_ENGINE', ENGINES, uri === '' ? 'kuzu' : 'neo4j');
  if (engine === 'neo4j' && uri === '') {
    throw new ConfigError('GRAPH_ENGINE=neo4j needs NEO4J_URI (for example neo4j://localhost:7687)');
  }
  const kuzuPath = (env.KUZU_PATH ?? '').trim() || path.join('data', 'graph.kuzu');
  const isProduction = (env.NODE_ENV ?? '') === 'production';
  return {
    engine,
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: (env.NEO4J_DATABASE ?? '').trim() || undefined,
    },
    kuzuPath: kuzuPath === ':memory:' ? kuzuPath : path.resolve(kuzuPath),
    kuzuPoolSize: integer(env, 'KUZU_POOL_SIZE', 3, 1, 16),
    kuzuQueryThreads: integer(env, 'KUZU_QUERY_THREADS', 1, 1, 64),
    host: (env.HOST ?? '').trim() || '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 5000, 1, 600_000),
    autoSeed: flag(env, 'AUTO_SEED', true),
    reportQueryStats: flag(env, 'REPORT_QUERY_STATS', false),
    exposeErrors: flag(env, 'EXPOSE_ERRORS', false) && !isProduction,
    graphNodes: graphNodes(env),
    kuzuReadOnly: flag(env, 'KUZU_READ_ONLY', false),
    kuzuBufferPoolMb: integer(env, 'KUZU_BUFFER_POOL_MB', 256, 16, 1_048_576),
    readCacheMb: integer(env, 'READ_CACHE_MB', engine === 'kuzu' ? 16 : 0, 0, 4096),
    requestBudgetMs: integer(env, 'REQUEST_BUDGET_MS', 10_000, 1, 600_000),
    naiveLoaders: flag(env, 'BENCH_NAIVE_LOADERS', false),
    limits: queryLimits(env),
    http: httpConfig(env, engine),
  };
}

function queryLimits(env: Env): QueryLimits {
  const d = DEFAULT_QUERY_LIMITS;
  return {
    maxDepth: integer(env, 'MAX_DEPTH', d.maxDepth, 1, 100),
    maxAliases: integer(env, 'MAX_ALIASES', d.maxAliases, 0, 1000),
    maxTokens: integer(env, 'MAX_TOKENS', d.maxTokens, 10, 100_000),
    maxSelections: integer(env, 'MAX_SELECTIONS', d.maxSelections, 10, 100_000),
    maxRepeats: integer(env, 'MAX_REPEATS', d.maxRepeats, 1, 10_000),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', d.maxDirectives, 0, 1000),
    maxCost: integer(env, 'MAX_COST', d.maxCost, 1, 100_000_000),
  };
}

/** `CORS_ORIGINS`: a comma-separated list of origins (`https://a.example,https://b.example`), or `*`. */
function corsOrigins(env: Env): string[] {
  const raw = (env.CORS_ORIGINS ?? '').trim();
  if (raw === '') return [];
  const origins = raw
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  if (origins.includes('*')) {
    if (origins.length > 1)
      throw new ConfigError(`CORS_ORIGINS="${raw}" is invalid: use * alone, or a list of origins`);
    return ['*'];
  }
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS="${raw}" is invalid: "${origin}" is not an origin such as https://viz.example.org (scheme, host, optional port; no path)`,
      );
    }
  }
  return origins;
}

/** `TRUST_PROXY`: empty or `false`, a hop count (`1` for one load balancer), or addresses and ranges (`10.0.0.0/8`). */
function trustProxy(env: Env): HttpConfig['trustProxy'] {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || ['false', 'no', 'off', '0'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) return integer(env, 'TRUST_PROXY', 0, 1, 20);
  const entries = raw.split(',').map((e) => e.trim());
  if (entries.some((e) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(e))) {
    throw new ConfigError(
      `TRUST_PROXY="${raw}" is invalid: use the number of proxies in front (1 for one load balancer) or their addresses and ranges (10.0.0.0/8,192.0.2.7); trusting every hop would let clients choose their own address`,
    );
  }
  return entries;
}

function httpConfig(env: Env, engine: EngineName): HttpConfig {
  return {
    bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 1_000_000, 1_000, 100_000_000),
    requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 10_000, 100, 600_000),
    keepAliveTimeoutMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    corsOrigins: corsOrigins(env),
    rateLimitMax: integer(env, 'RATE_LIMIT_MAX', 0, 0, 1_000_000),
    rateLimitWindowMs: integer(env, 'RATE_LIMIT_WINDOW_MS', 60_000, 100, 86_400_000),
    trustProxy: trustProxy(env),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    graphqlConcurrency: integer(env, 'GRAPHQL_CONCURRENCY', engine === 'kuzu' ? 4 : 16, 1, 1024),
    graphqlQueue: integer(env, 'GRAPHQL_QUEUE', 1000, 0, 100_000),
  };
}

function graphNodes(env: Env): AppConfig['graphNodes'] {
  const max = integer(env, 'GRAPH_NODES_MAX', 500, 1, 5000);
  return { default: integer(env, 'GRAPH_NODES_DEFAULT', Math.min(100, max), 1, max), max };
}

/** Where the configured database is, for log lines: the embedded database's path or the Neo4j URI. */
export function databaseLocation(config: AppConfig): string {
  return config.engine === 'kuzu' ? config.kuzuPath : config.neo4j.uri;
}
