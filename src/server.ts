import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import type { ApolloServerOptions } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { AppConfig } from './config';
import { createRequestContext } from './context';
import type { RequestContext } from './context';
import type { GraphDatabase } from './db';
import { messageOf } from './errors';
import type { Logger } from './logger';
import { createHttpHandler } from './graphql/http-handler';
import { costLimitPlugin, DEFAULT_QUERY_LIMITS, documentGuard, limitRules } from './graphql/limits';
import type { QueryLimits } from './graphql/limits';
import { formatErrorFor, requestIdPlugin } from './graphql/plugins/error-masking';
import { readExampleQueries } from './graphql/plugins/example-queries';
import { landingPagePlugin } from './graphql/plugins/landing-page';
import { queryStatsPlugin } from './graphql/plugins/query-stats';
import { ENTITY_SPECS } from './specs';
import { apiQueryNames } from './graph/cypher-files';
import { degreesWithin, drawableOf } from './exports/drawable';
import { FORMAT_FILES, renderGraph } from './exports/graph-formats';
import type { GraphFormat } from './exports/graph-formats';
import { readWholeGraph } from './graph/exploration';
import { buildGraphSchema, printSchemaText } from './graphql/schema/build-schema';

export interface ServerOptions {
  readonly db: GraphDatabase;
  readonly config: AppConfig;
  readonly logger: Logger;
  /** Overrides of the query limits (tests); the defaults in `limits/query-limits.ts` otherwise. */
  readonly limits?: Partial<QueryLimits>;
}

export interface RunningServer {
  /** Where GraphQL is served, e.g. `http://localhost:4000/`. */
  readonly url: string;
  /** Stops accepting requests, lets in-flight ones finish, then closes the listener. */
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

/** The query the health check runs. */
const COUNT_NODES = 'admin/count-nodes';

function listen(server: http.Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts the GraphQL API over HTTP: Apollo Server with the type-graphql
 * schema, query limits, error masking, round-trip statistics on request and
 * an offline landing page. Read-only: resolvers only call `db.read`.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, config, logger } = options;
  const limits = { ...DEFAULT_QUERY_LIMITS, ...options.limits };
  const schema = await buildGraphSchema();
  // Every query file the API runs is read now: a missing one stops start-up with its path.
  db.preload([...apiQueryNames(ENTITY_SPECS), COUNT_NODES]);
  const httpServer = http.createServer();
  let url = '';
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    logger: apolloLogger(logger),
    includeStacktraceInErrorResponses: config.exposeErrors,
    formatError: formatErrorFor(config.exposeErrors),
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      landingPagePlugin(() => url, readExampleQueries()),
      costLimitPlugin(limits.maxCost, { limit: config.graphNodes.default, maxLimit: config.graphNodes.max }),
      requestIdPlugin(),
      queryStatsPlugin(),
    ],
  });
  await apollo.start();
  httpServer.on(
    'request',
    createHttpHandler(apollo, {
      context: async ({ requestId, wantsStats }) =>
        createRequestContext({
          db,
          logger,
          requestId,
          reportStats: wantsStats || config.reportQueryStats,
          graphNodes: config.graphNodes,
        }),
      health: async () => {
        try {
          const [row] = await db.read(COUNT_NODES);
          return { ok: true, detail: { engine: db.engine, nodes: Number(row?.count ?? 0) } };
        } catch (error) {
          logger.warn(`health check failed: ${messageOf(error)}`);
          return { ok: false, detail: { engine: db.engine } };
        }
      },
      guard: documentGuard(schema, limits),
      exportGraph: async (extension) => {
        const format = (Object.keys(FORMAT_FILES) as GraphFormat[]).find(
          (f) => FORMAT_FILES[f].extension === extension,
        );
        if (format === undefined) return undefined;
        const graph = await readWholeGraph(db);
        return {
          text: renderGraph(drawableOf(graph, degreesWithin(graph)), format),
          mediaType: FORMAT_FILES[format].mediaType,
        };
      },
      schemaText: printSchemaText(schema),
      maxBodyBytes: 1_000_000,
      logger,
    }),
  );
  try {
    const address = await listen(httpServer, config.port, config.host);
    const host = ['0.0.0.0', '::', ''].includes(config.host) ? 'localhost' : config.host;
    url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/`;
  } catch (error) {
    // The listen error is the one to report; stopping a server that never listened may fail too.
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  return { url, stop: () => apollo.stop() };
}
