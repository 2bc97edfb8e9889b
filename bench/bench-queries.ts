import fs from 'node:fs';
import type { EngineName } from '../src/config';
import type { CypherQuery } from '../src/db';
import { projectPath } from '../src/paths';

/** Loads `bench/cypher/<name>.cypher` (benchmark-only queries, kept apart from the application's). */
export function loadBenchQuery(name: string): CypherQuery {
  return {
    name: `bench/${name}`,
    text: fs.readFileSync(projectPath('bench', 'cypher', `${name}.cypher`), 'utf8').trim(),
  };
}

/**
 * An engine's own template `bench/cypher/<engine>/<name>.cypher` with its `{{placeholders}}` filled in. The
 * values are names from the graph model and paths the generator made: never input, so they are checked to be
 * plain (letters, digits, `_`, `,`, spaces, and for paths `/`, `.`, `-`) and a placeholder left unfilled is an error.
 */
export function benchTemplate(engine: EngineName, name: string, values: Record<string, string>): CypherQuery {
  const file = projectPath('bench', 'cypher', engine, `${name}.cypher`);
  const text = fs.readFileSync(file, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${file}: no value for {{${key}}}`);
    if (!/^[A-Za-z0-9_,./ -]*$/.test(value))
      throw new Error(`${file}: {{${key}}} = ${JSON.stringify(value)} is not plain`);
    return value;
  });
  return { name: `bench/${engine}/${name}`, text: text.trim() };
}
