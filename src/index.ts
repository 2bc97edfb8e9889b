import './process-mode';
import 'reflect-metadata';
import { ConfigError, databaseLocation, loadConfig } from './config';
import type { AppConfig } from './config';
import { openDatabase } from './db';
import type { GraphDatabase } from './db';
import { AppError, ErrorCode, messageOf } from './errors';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { Readiness } from './readiness';
import { describeChanges, listSeedFiles, loadSeeds } from './seed';
import type { RunningServer } from './server';
import { ensureSearchText } from './graph/search-text';

/** How long start-up waits between attempts to reach a database that does not answer yet. */
const RETRY_MS = 5000;

/** The embedded database was opened read-only: nothing may be written (KUZU_READ_ONLY applies to Kùzu only). */
const readOnly = (config: AppConfig): boolean => config.engine === 'kuzu' && config.kuzuReadOnly;

/** Seeds an empty database so that a fresh checkout serves the full graph. */
async function seedIfEmpty(db: GraphDatabase, config: AppConfig, logger: Logger, readiness: Readiness): Promise<void> {
  const [row] = await db.read('admin/count-nodes');
  if (Number(row?.count ?? 0) > 0 || !config.autoSeed || readOnly(config)) return;
  const files = listSeedFiles();
  readiness.set('seeding', `seeding ${files.length} files`);
  logger.info(`The database is empty: loading ${files.length} seed files`);
  await db.applySchema();
  // All files in one transaction: a process killed half-way leaves an empty database, seeded again next start.
  const report = await loadSeeds(db, files, {
    atomic: true,
    onFileDone: (file, index, count) => logger.info(`seeded [${index + 1}/${count}] ${file.file}`),
  });
  logger.info(`Seeding done: ${describeChanges(report.files.flatMap((file) => file.changes))}`);
}

/** Makes the graph ready to serve: seeded, with its search text written. */
async function prepare(db: GraphDatabase, config: AppConfig, logger: Logger, readiness: Readiness): Promise<void> {
  await seedIfEmpty(db, config, logger, readiness);
  if (config.autoSeed && !readOnly(config)) {
    const written = await ensureSearchText(db);
    if (written > 0) logger.info(`Wrote the search text of ${written} nodes`);
  }
}

/**
 * Prepares the graph, waiting for a database that does not answer yet
 * (Neo4j still starting, or unreachable for a while): the server meanwhile
 * answers `/ready` with 503 and GraphQL with DATABASE_UNAVAILABLE. Any other
 * failure (a broken seed file, a refused schema) ends start-up.
 */
async function prepareWhenReachable(
  db: GraphDatabase,
  config: AppConfig,
  logger: Logger,
  readiness: Readiness,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await prepare(db, config, logger, readiness);
      return;
    } catch (error) {
      const waitable =
        db.engine === 'neo4j' && error instanceof AppError && error.code === ErrorCode.DATABASE_UNAVAILABLE;
      if (!waitable || !readiness.isWaitable) {
        throw error;
      }
      readiness.set('waiting-for-database', `the database at ${databaseLocation(config)} does not answer`);
      logger.warn(
        `Waiting for the database at ${databaseLocation(config)} (attempt ${attempt}, next in ${RETRY_MS / 1000} s): ${messageOf(error)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

/** Stops on SIGTERM and SIGINT: no new requests, in-flight ones drained, the database closed, exit 0. */
function stopOnSignals(server: RunningServer, db: GraphDatabase, logger: Logger, readiness: Readiness): void {
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      logger.warn(`${signal} received again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    readiness.set('stopping', `stopping (${signal})`);
    logger.info(`${signal} received: finishing in-flight requests`);
    server
      .stop()
      .then(() => db.close())
      .then(
        () => {
          logger.info('Stopped cleanly');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error(`Error while stopping: ${messageOf(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  logger.info(
    `Opening the ${config.engine} database at ${databaseLocation(config)}${readOnly(config) ? ' read-only' : ''}`,
  );
  // The engine opens on its own threads (about 200 ms on Kùzu) while the server's modules load and
  // its schema is built, instead of before them. The catch only keeps an early failure from counting
  // as unhandled before it is awaited below.
  const opening = openDatabase(config, { role: 'server' });
  opening.catch(() => undefined);
  const { startServer } = await import('./server');
  const { buildGraphSchema } = await import('./graphql/schema/build-schema');
  const schema = await buildGraphSchema();
  const db = await opening;
  const readiness = new Readiness();
  let server: RunningServer;
  try {
    server = await startServer({ db, schema, config, logger, readiness });
  } catch (error) {
    await db.close();
    throw error;
  }
  logger.info(`Listening at ${server.url} (not ready until the graph is)`);
  stopOnSignals(server, db, logger, readiness);
  // A promise rejected with nobody listening is a defect, but one request's defect must not end the server
  // for everyone (Node's default): log it loudly and keep serving.
  process.on('unhandledRejection', (reason: unknown) => {
    const stack = reason instanceof Error ? reason.stack : undefined;
    logger.error(`unhandled promise rejection (a defect, please report it): ${messageOf(reason)}`, { stack });
  });
  try {
    await prepareWhenReachable(db, config, logger, readiness);
  } catch (error) {
    if (readiness.phase === 'stopping') return;
    await server.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
  if (readiness.phase === 'stopping') return;
  readiness.set('ready', 'ready');
  logger.info(`GraphQL API ready at ${server.url}`);
}

main().catch((error: unknown) => {
  // One clear line: configuration and connection problems are the usual causes.
  const prefix = error instanceof ConfigError ? 'Invalid configuration' : 'Cannot start';
  const code = error instanceof AppError ? ` [${error.code}]` : '';
  process.stderr.write(`${prefix}${code}: ${messageOf(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
