import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { projectPath } from '../src/paths';
import { buildBenchDatabase } from './data/build';
import type { DataReport } from './data/build';
import { ProgressLine } from './progress';

const USAGE = `usage: npm run bench:data -- --scale N [options]

Builds the benchmark graph of scale N: the seeds, plus N − 1 synthetic copies of their core shape
(26 cities over the ten member states, 28 officers, a network, meetings, an agreement, a metric, sources),
loaded through the engine's bulk path (Kùzu COPY FROM CSV; batched UNWIND on Neo4j).

  --scale N     1 (the seeds alone) to 10000
  --path PATH   embedded database to write (default data/bench/scale-N.kuzu); must not exist unless --replace
  --replace     delete what is there first (the embedded database's files, or every node of the Neo4j database)
  --json        print the report as JSON on stdout
  --help        this text

With NEO4J_URI set the graph goes into that Neo4j database instead (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).`;

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The report as a few lines for a person. */
export function describeData(r: DataReport): string {
  return [
    `scale ${r.scale} on ${r.engine} (${r.location}): ${r.totals.nodes} nodes, ${r.totals.relationships} relationships`,
    `  seeds: ${r.seeds.files} files, ${r.seeds.statements} statements in ${r.seeds.ms} ms (${r.seeds.statementsPerSecond} statements/s)`,
    `  synthetic: ${r.synthetic.nodes} nodes, ${r.synthetic.relationships} relationships, generated in ${r.synthetic.generateMs} ms, loaded in ${r.synthetic.loadMs} ms`,
    `  total ${(r.totalMs / 1000).toFixed(1)} s, database ${r.databaseBytes === null ? 'size not measured (Neo4j)' : mib(r.databaseBytes)}`,
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      path: { type: 'string' },
      replace: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1 || scale > 10_000) {
    process.stderr.write(`--scale needs a whole number from 1 to 10000\n\n${USAGE}\n`);
    return 2;
  }
  const kuzuPath = path.resolve(values.path ?? projectPath('data', 'bench', `scale-${scale}.kuzu`));
  const config = loadConfig({ ...process.env, KUZU_PATH: kuzuPath, LOG_LEVEL: 'warn' });
  const report = await buildBenchDatabase(config, {
    scale,
    replace: values.replace,
    progress: new ProgressLine('bench:data'),
  });
  process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : describeData(report)}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:data failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
