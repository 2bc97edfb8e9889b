import { print } from 'graphql';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db';
import type { GraphDatabase } from '../src/db';
import { silentLogger } from '../src/logger';
import { listSeedFiles, loadSeeds } from '../src/seed';
import { NestedMemberStatesDocument } from '../src/generated/operations';
import { startServer } from '../src/server';
import { time } from './measure';
import { loadSynthetic } from './synthetic';

// The tests' typed operation: member states → cities → officers → sources of every node and edge.
const NESTED = print(NestedMemberStatesDocument);

interface Answer {
  readonly errors?: unknown[];
  readonly extensions?: { queryStats?: { roundTrips: number; dbTimeMs: number } };
}

async function post(url: string, variables: Record<string, number>): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-query-stats': '1' },
    body: JSON.stringify({ query: NESTED, variables }),
  });
  const answer = (await response.json()) as Answer;
  if (answer.errors !== undefined) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer;
}

/** The nested query over HTTP against a real server on `db`: latency and round trips. */
async function measure(
  db: GraphDatabase,
  variables: Record<string, number>,
  runs: number,
): Promise<Record<string, unknown>> {
  const config = { ...loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1' }), logLevel: 'silent' as const };
  const server = await startServer({ db, config, logger: silentLogger });
  try {
    const sample = await post(server.url, variables);
    const timing = await time(() => post(server.url, variables), runs);
    return { variables, roundTrips: sample.extensions?.queryStats?.roundTrips, timing };
  } finally {
    await server.stop();
  }
}

async function openMemory(): Promise<GraphDatabase> {
  return openDatabase(loadConfig({ ...process.env, GRAPH_ENGINE: 'kuzu', KUZU_PATH: ':memory:' }), { role: 'bench' });
}

/** The nested query on the seeded graph and on a synthetic graph 100 times its fan-out. */
export async function benchGraphql(options: {
  quick: boolean;
  progress: (message: string) => void;
}): Promise<Record<string, unknown>> {
  const runs = options.quick ? 10 : 50;
  const seeded = await openMemory();
  let onSeeds: Record<string, unknown>;
  try {
    await loadSeeds(seeded, listSeedFiles());
    options.progress('nested query on the seeded graph');
    onSeeds = await measure(seeded, { first: 10, cities: 20 }, runs);
  } finally {
    await seeded.close();
  }
  const synthetic = await openMemory();
  let onSynthetic: Record<string, unknown>;
  try {
    const citiesPerState = options.quick ? 100 : 1000;
    options.progress(`nested query on 10 synthetic states × ${citiesPerState} cities × 2 officers`);
    await loadSynthetic(synthetic, { states: 10, citiesPerState, officersPerCity: 2 });
    // 40 cities a state keeps the query under the default cost limit (50,000 objects).
    onSynthetic = await measure(synthetic, { first: 10, cities: 40 }, Math.max(5, runs / 5));
  } finally {
    await synthetic.close();
  }
  return { seeded: onSeeds, synthetic: onSynthetic };
}
