import fs from 'node:fs';
import type { CypherQuery } from '../src/db';
import { projectPath } from '../src/paths';

/** Loads `bench/cypher/<name>.cypher` (benchmark-only queries, kept apart from the application's). */
export function loadBenchQuery(name: string): CypherQuery {
  return {
    name: `bench/${name}`,
    text: fs.readFileSync(projectPath('bench', 'cypher', `${name}.cypher`), 'utf8').trim(),
  };
}
