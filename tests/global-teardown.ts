import fs from 'node:fs';
import type { Config } from '@jest/types';
import { listQueryNames } from '../src/db/query-files';
import { recordedQueryNames } from './support/query-coverage';

/**
 * On a full run, fails when a query file under cypher/ was never executed by
 * any test: an untested query is a query nobody knows works.
 */
// eslint-disable-next-line no-restricted-syntax -- jest loads the default export
export default function globalTeardown(config: Config.GlobalConfig): void {
  const dir = process.env.QUERY_COVERAGE_DIR;
  if (dir === undefined) return;
  const filtered = config.testPathPattern !== '' || (config.testNamePattern ?? '') !== '';
  const ran = recordedQueryNames(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  if (filtered) return;
  const missing = listQueryNames().filter((name) => !ran.has(name));
  if (missing.length > 0) {
    throw new Error(
      `These query files were never executed by a test: ${missing.map((n) => `cypher/${n}.cypher`).join(', ')}`,
    );
  }
}
