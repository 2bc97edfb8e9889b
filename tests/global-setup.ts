import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Gives the workers a directory to record the query files they run. */
// eslint-disable-next-line no-restricted-syntax -- jest loads the default export
export default function globalSetup(): void {
  process.env.QUERY_COVERAGE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'query-coverage-'));
}
