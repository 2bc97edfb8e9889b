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
}

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
    host: (env.HOST ?? '').trim() || '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', 5000, 1, 600_000),
    autoSeed: flag(env, 'AUTO_SEED', true),
    reportQueryStats: flag(env, 'REPORT_QUERY_STATS', false),
    exposeErrors: flag(env, 'EXPOSE_ERRORS', false) && !isProduction,
    graphNodes: graphNodes(env),
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
