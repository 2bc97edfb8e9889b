import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerOptions } from '@apollo/server';
import type { AppConfig, QueryLimits } from './config';
import { createRequestContext } from './context';
import type { RequestContext } from './context';
import { observedDatabase } from './db';
import type { GraphDatabase } from './db';
import type { Logger } from './logger';
import { costLimitPlugin, documentGuard, limitRules } from './graphql/limits';
import { formatErrorFor, requestIdPlugin } from './graphql/plugins/error-masking';
import { readExampleQueries } from './graphql/plugins/example-queries';
import { renderExplorerPage } from './http/explorer-page';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { readScopePlugin } from './graphql/plugins/read-scope';
import { observationPlugin } from './graphql/plugins/observation';
import { queryStatsPlugin } from './graphql/plugins/query-stats';
import { ENTITY_SPECS } from './specs';
import { apiQueryNames } from './graph/cypher-files';
import { degreesWithin, drawableOf } from './exports/drawable';
import { FORMAT_FILES, renderGraph } from './exports/graph-formats';
import type { GraphFormat } from './exports/graph-formats';
import { readWholeGraph } from './graph/exploration';
import { buildGraphSchema, printSchemaText } from './graphql/schema/build-schema';
import { createHttpApp } from './http/http-app';
import { createExecutionGate } from './http/execution-gate';
import { registerGraphqlRoutes } from './http/graphql-routes';
import { registerOperationalRoutes } from './http/operational-routes';
import { registerExplorerRoutes } from './http/explorer-routes';
import { projectPath } from './paths';
import { createMetrics } from './observability/metrics';
import { Readiness } from './readiness';

export interface ServerOptions {
  readonly db: GraphDatabase;
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Overrides of the configured query limits (tests). */
  readonly limits?: Partial<QueryLimits>;
  /**
   * The server's phase, set by whoever starts it (start-up seeds, then marks
   * it ready); a server started without one is ready at once.
   */
  readonly readiness?: Readiness;
  /** The API's schema, when the caller built it already (start-up builds it while the engine opens). */
  readonly schema?: GraphQLSchema;
}

export interface RunningServer {
  /** Where GraphQL is served, e.g. `http://localhost:4000/`. */
  readonly url: string;
  /**
   * Stops accepting requests and lets in-flight ones finish; connections
   * still open after `SHUTDOWN_TIMEOUT_MS` are closed. The database stays open.
   */
  stop(): Promise<void>;
}

type ApolloLogger = NonNullable<ApolloServerOptions<RequestContext>['logger']>;

/** Apollo's own messages go to the project's logger. */
function apolloLogger(logger: Logger): ApolloLogger {
  return {
    debug: (message) => logger.debug(String(message)),
    info: (message) => logger.info(String(message)),
    warn: (message) => logger.warn(String(message)),
    error: (message) => logger.error(String(message)),
  };
}

/** The queries start-up (is the graph empty?) and the readiness check run. */
const COUNT_NODES = 'admin/count-nodes';
const PING = 'admin/ping';
/** A readiness check waits this long for the database. */
const PING_TIMEOUT_MS = 2000;

/** The URL clients use for a listening address. */
function urlOf(host: string, address: AddressInfo): string {
  const shown = ['0.0.0.0', '::', ''].includes(host) ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${address.port}/`;
}

async function exportWholeGraph(db: GraphDatabase, extension: string) {
  const format = (Object.keys(FORMAT_FILES) as GraphFormat[]).find((f) => FORMAT_FILES[f].extension === extension);
  if (format === undefined) return undefined;
  const graph = await readWholeGraph(db);
  return {
    text: renderGraph(drawableOf(graph, degreesWithin(graph)), format),
    mediaType: FORMAT_FILES[format].mediaType,
  };
}

/**
 * Starts the GraphQL API over HTTP: Apollo Server with the type-graphql
 * schema, query limits, error masking, round-trip statistics on request and
 * the graph explorer page for browsers (served offline from dist/explorer/), behind the Fastify edge (src/http), with health,
 * readiness and Prometheus metrics. Read-only: resolvers only call `db.read`.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config, logger } = options;
  const limits = { ...config.limits, ...options.limits };
  const readiness = options.readiness ?? new Readiness();
  if (options.readiness === undefined) readiness.set('ready', 'ready');
  const schema = options.schema ?? (await buildGraphSchema());
  // Every query file the API runs is read now: a missing one stops start-up with its path.
  options.db.preload([...apiQueryNames(ENTITY_SPECS), COUNT_NODES, PING]);
  const examples = readExampleQueries();
  const gate = createExecutionGate(config.http.graphqlConcurrency, config.http.graphqlQueue);
  const metrics = createMetrics(() => options.db.poolStats(), gate.stats);
  const db = observedDatabase(options.db, metrics.query);
  let url = '';
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    logger: apolloLogger(logger),
    // Shutdown is the entry point's: Apollo's own signal handlers would stop it a second time.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.exposeErrors,
    formatError: formatErrorFor(config.exposeErrors),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    plugins: [
      // The explorer page is served by the GraphQL routes, with the nonce of its response's policy.
      ApolloServerPluginLandingPageDisabled(),
      // The API sets no cache hints; Apollo's default cache-control plugin would wrap every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(limits.maxCost, { limit: config.graphNodes.default, maxLimit: config.graphNodes.max }),
      requestIdPlugin(),
      queryStatsPlugin(),
      observationPlugin(metrics),
      readScopePlugin(),
    ],
  });
  await apollo.start();
  const app = await createHttpApp({ http: config.http, logger, metrics });
  registerGraphqlRoutes(app, apollo, {
    readiness,
    metrics,
    guard: documentGuard(schema, limits),
    gate,
    page: (styleNonce) => renderExplorerPage(url, examples, styleNonce),
    context: async (request) =>
      createRequestContext({
        db,
        logger,
        requestId: request.id,
        reportStats:
          config.reportQueryStats ||
          ['1', 'true', 'yes'].includes(String(request.headers['x-query-stats'] ?? '').toLowerCase()),
        graphNodes: config.graphNodes,
        deadline: Date.now() + config.requestBudgetMs,
        naiveLoaders: config.naiveLoaders,
      }),
  });
  registerOperationalRoutes(app, {
    engine: db.engine,
    readiness,
    metrics,
    logger,
    ping: async () => void (await db.read(PING, {}, { deadline: Date.now() + PING_TIMEOUT_MS })),
    exportGraph: (extension) => exportWholeGraph(db, extension),
    schemaText: printSchemaText(schema),
  });
  registerExplorerRoutes(app, { dir: projectPath('dist', 'explorer'), logger });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // The listen error is the one to report; stopping what never listened may fail too.
    await app.close().catch(() => undefined);
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  url = urlOf(config.host, app.server.address() as AddressInfo);
  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => {
      stopping ??= (async () => {
        const force = setTimeout(() => app.server.closeAllConnections(), config.http.shutdownTimeoutMs);
        try {
          await app.close();
        } finally {
          clearTimeout(force);
        }
        await apollo.stop();
      })();
      return stopping;
    },
  };
}
