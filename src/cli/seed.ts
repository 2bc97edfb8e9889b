import 'reflect-metadata';
import { runCli } from './run-cli';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, databaseLocation, loadConfig } from '../config';
import { openDatabase, removeDatabase } from '../db';
import { DEFAULT_LIST_LIMIT, describeFile, describeTotal, listSeedFiles, listsTruncated, loadSeeds } from '../seed';

const HELP = `Usage: npm run seed -- [options]

Applies seeds/NNN-topic.cypher in name order, each file in one transaction, and
lists per file the nodes and relationships it created, changed or deleted, with
the properties whose values changed (old → new).

Options:
  --dry-run          run everything, report what would change, roll back
  --file NAME        only this file (name or number prefix, e.g. 030); repeatable
  --engine ENGINE    kuzu or neo4j (default: from GRAPH_ENGINE / NEO4J_URI)
  --rebuild          delete the embedded database first and seed from scratch
  --dir DIR          read the seed files from DIR instead of seeds/
  --quiet            print only the summary and errors
  --verbose          list every change (by default ${DEFAULT_LIST_LIMIT} lines per file, then "… and N more")
  --json             print the report as JSON instead (every change, with whole values)
  --help             this text

The database comes from the same configuration as the server (KUZU_PATH, NEO4J_URI, ...).`;

/** The command line, or a ConfigError pointing at --help. */
function parseOptions() {
  try {
    return parseArgs({
      options: {
        'dry-run': { type: 'boolean', default: false },
        file: { type: 'string', multiple: true, default: [] },
        engine: { type: 'string' },
        rebuild: { type: 'boolean', default: false },
        dir: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)} (see npm run seed -- --help)`);
  }
}

async function main(): Promise<number> {
  const { values } = parseOptions();
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  // With --json, stdout holds the JSON alone.
  const say = values.json ? (): void => undefined : (line: string): void => console.log(line);
  const env = values.engine === undefined ? process.env : { ...process.env, GRAPH_ENGINE: values.engine };
  const config = loadConfig(env);
  // Everything that can be refused is checked before the database is touched.
  const files = listSeedFiles(values.dir === undefined ? undefined : path.resolve(values.dir), values.file);
  if (values.rebuild) {
    if (values['dry-run']) throw new ConfigError('--rebuild and --dry-run exclude each other');
    say(await removeDatabase(config));
  }
  const db = await openDatabase(config, { role: 'seed' });
  const list = { limit: values.verbose ? Infinity : DEFAULT_LIST_LIMIT };
  try {
    say(
      `${values['dry-run'] ? 'Dry run of' : 'Loading'} ${files.length} seed file${files.length === 1 ? '' : 's'} into ${config.engine} (${databaseLocation(config)})`,
    );
    await db.applySchema();
    const report = await loadSeeds(db, files, {
      dryRun: values['dry-run'],
      onFileDone: (file, index, count) => {
        if (!values.quiet) say(describeFile(file, index, count, list));
      },
    });
    if (values.json) console.log(JSON.stringify(report, null, 2));
    if (!values.quiet && listsTruncated(report, list))
      say('(--verbose lists every change, --json prints them as JSON)');
    say(describeTotal(report));
    return 0;
  } finally {
    await db.close();
  }
}

runCli('seed', main);
