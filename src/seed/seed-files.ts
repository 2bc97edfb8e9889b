import fs from 'node:fs';
import path from 'node:path';
import { AppError, ErrorCode } from '../errors';
import { projectPath } from '../paths';

/** The `seeds/` directory at the project root. */
export const SEEDS_DIR = projectPath('seeds');

const SEED_NAME = /^\d{3}-[a-z0-9-]+\.cypher$/;

/**
 * The seed files to load, in name order. `pick` selects by file name or
 * number prefix (`030`, `030-cities`, `030-cities.cypher`); an unmatched pick
 * is an error listing what exists.
 */
export function listSeedFiles(dir: string = SEEDS_DIR, pick: readonly string[] = []): string[] {
  const all = fs
    .readdirSync(dir)
    .filter((name) => SEED_NAME.test(name))
    .sort();
  if (pick.length === 0) return all.map((name) => path.join(dir, name));
  const chosen = new Set<string>();
  for (const wanted of pick) {
    const base = path.basename(wanted);
    const matches = all.filter(
      (name) => name === base || name.startsWith(`${base.replace(/\.cypher$/, '')}-`) || name === `${base}.cypher`,
    );
    if (matches.length === 0) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        `No seed file matches "${wanted}" in ${dir}; files: ${all.join(', ')}`,
      );
    }
    matches.forEach((m) => chosen.add(m));
  }
  return [...chosen].sort().map((name) => path.join(dir, name));
}
