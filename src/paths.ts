import fs from 'node:fs';
import path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * The project root (the folder with package.json), found from this file so
 * that `cypher/`, `seeds/` and `schema/` resolve the same from `src/` under
 * jest, from `dist/` and from the benchmark build.
 */
export const PROJECT_ROOT = findRoot(__dirname);

/** A path inside the project. */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
