import fs from 'node:fs';
import path from 'node:path';
import type { EngineName } from '../config';
import { projectPath } from '../paths';
import { AppError, ErrorCode, messageOf } from '../errors';
import type { CypherQuery, QueryRef } from './port';

/** The `cypher/` directory at the project root (same from `src/` under jest and from `dist/`). */
export const CYPHER_DIR = projectPath('cypher');

const cache = new Map<string, CypherQuery>();

/**
 * Loads `cypher/<name>.cypher`, preferring `cypher/<engine>/<name>.cypher`
 * where an engine needs its own text. A missing or unreadable file is an
 * error naming the path, meant to stop start-up. `dir` replaces `cypher/`.
 */
export function loadQuery(name: string, engine?: EngineName, dir: string = CYPHER_DIR): CypherQuery {
  // Every query the API runs comes through here: a name seen before costs no file-system call.
  const key = `${dir}\0${engine ?? ''}\0${name}`;
  const known = byName.get(key);
  if (known !== undefined) return known;
  const query = readQuery(name, engine, dir);
  byName.set(key, query);
  return query;
}

/** Queries by directory, engine and name (the files are read once per process). */
const byName = new Map<string, CypherQuery>();

function readQuery(name: string, engine: EngineName | undefined, dir: string): CypherQuery {
  const specific = engine === undefined ? undefined : path.join(dir, engine, `${name}.cypher`);
  const file = specific !== undefined && fs.existsSync(specific) ? specific : path.join(dir, `${name}.cypher`);
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').trim().replace(/;\s*$/, '');
  } catch (error) {
    throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, `Cannot read query file ${file}: ${messageOf(error)}`, {
      file,
    });
  }
  const query: CypherQuery = { name, text };
  cache.set(file, query);
  return query;
}

/** The query a reference names, with the text `engine` runs. */
export function resolveQuery(query: QueryRef, engine: EngineName): CypherQuery {
  return typeof query === 'string' ? loadQuery(query, engine) : query;
}

/** Every query name under `cypher/` (shared files only), for the coverage test. */
export function listQueryNames(dir: string = CYPHER_DIR, prefix = ''): string[] {
  const names: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      if (prefix === '' && (entry.name === 'neo4j' || entry.name === 'kuzu')) continue;
      names.push(...listQueryNames(path.join(dir, entry.name), rel));
    } else if (entry.name.endsWith('.cypher')) {
      names.push(rel.replace(/\.cypher$/, ''));
    }
  }
  return names.sort();
}
