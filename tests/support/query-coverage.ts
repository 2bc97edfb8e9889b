import fs from 'node:fs';
import path from 'node:path';
import { forwardingDatabase, wrapWithScopes, hasEmptyList, queryName } from '../../src/db';
import type { GraphDatabase, Params, QueryRef, Row } from '../../src/db';

/** Where test workers record the names of the queries they ran (set by tests/global-setup.ts). */
const dir = (): string | undefined => process.env.QUERY_COVERAGE_DIR;

function record(name: string): void {
  const target = dir();
  if (target !== undefined) fs.appendFileSync(path.join(target, `${process.pid}.txt`), `${name}\n`);
}

/**
 * Runs a query and records its name only when the engine really ran it and it
 * succeeded: a query that failed, or that an empty list parameter
 * short-circuited (see `hasEmptyList`), has not been shown to work.
 */
async function recorded(query: QueryRef, params: Params | undefined, run: () => Promise<Row[]>): Promise<Row[]> {
  const rows = await run();
  if (!hasEmptyList(params ?? {})) record(queryName(query));
  return rows;
}

/** Wraps a database so every query it runs is recorded for the query-file coverage check. */
export function recordingQueries(db: GraphDatabase): GraphDatabase {
  return wrapWithScopes(db, (inner) => ({
    ...forwardingDatabase(inner),
    read: (query, params, options) => recorded(query, params, () => inner.read(query, params, options)),
    write: (query, params, options) => recorded(query, params, () => inner.write(query, params, options)),
  }));
}

/** Every query name recorded by any worker in this run. */
export function recordedQueryNames(target: string): Set<string> {
  const names = new Set<string>();
  for (const file of fs.readdirSync(target)) {
    for (const line of fs.readFileSync(path.join(target, file), 'utf8').split('\n')) if (line !== '') names.add(line);
  }
  return names;
}
