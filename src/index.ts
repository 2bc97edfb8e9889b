import 'reflect-metadata';
import { ConfigError, databaseLocation, loadConfig } from './config';
import type { AppConfig } from './config';
import { openDatabase } from './db';
import type { GraphDatabase } from './db';
import { AppError, messageOf } from './errors';
import { createLogger } from './logger';
import type { Logger } from './logger';
import { describeCounters, listSeedFiles, loadSeeds } from './seed';
import { startServer } from './server';
import { ensureSearchText } from './graph/search-text';

/** Seeds an empty database so that a fresh checkout serves the full graph. */
async function seedIfEmpty(db: GraphDatabase, config: AppConfig, logger: Logger): Promise<void> {
  const [row] = await db.read('admin/count-nodes');
  if (Number(row?.count ?? 0) > 0 || !config.autoSeed) return;
  const files = listSeedFiles();
  logger.info(`The database is empty: loading ${files.length} seed files`);
  await db.applySchema();
  const report = await loadSeeds(db, files, {
    atomic: true,
    onFileDone: (file, index, count) => logger.info(`seeded [${index + 1}/${count}] ${file.file}`),
  });
  logger.info(`Seeding done: ${describeCounters(report.total)}`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  logger.info(`Opening the ${config.engine} database at ${databaseLocation(config)}`);
  const db = await openDatabase(config, { role: 'server' });
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    await seedIfEmpty(db, config, logger);
    if (config.autoSeed) {
      const written = await ensureSearchText(db);
      if (written > 0) logger.info(`Wrote the search text of ${written} nodes`);
    }
    server = await startServer({ db, config, logger });
  } catch (error) {
    await db.close();
    throw error;
  }
  logger.info(`GraphQL API ready at ${server.url}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
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
  // A promise rejected with nobody listening is a defect, but one request's defect must not end the server
  // for everyone (Node's default): log it loudly and keep serving.
  process.on('unhandledRejection', (reason: unknown) => {
    const stack = reason instanceof Error ? reason.stack : undefined;
    logger.error(`unhandled promise rejection (a defect, please report it): ${messageOf(reason)}`, { stack });
  });
}

main().catch((error: unknown) => {
  // One clear line: configuration and connection problems are the usual causes.
  const prefix = error instanceof ConfigError ? 'Invalid configuration' : 'Cannot start';
  const code = error instanceof AppError ? ` [${error.code}]` : '';
  process.stderr.write(`${prefix}${code}: ${messageOf(error)}\n`);
  process.exit(error instanceof ConfigError ? 2 : 1);
});
