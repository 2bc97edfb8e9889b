import { runCli } from './run-cli';
import { databaseLocation, loadConfig } from '../config';
import { openDatabase } from '../db';
import { describeChecks, runDataChecks } from '../checks';

/**
 * `npm run check:data`: runs the data checks against the configured database
 * (the same configuration as the server) and exits 1 when any check fails.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase(config, { role: 'check-data' });
  try {
    console.log(`Checking the graph in ${config.engine} (${databaseLocation(config)})`);
    const [count] = await db.read('admin/count-nodes');
    if (Number(count?.count ?? 0) === 0) {
      console.error('The database is empty: load the seeds first with `npm run seed` (or start the server once).');
      return 1;
    }
    const results = await runDataChecks(db);
    console.log(describeChecks(results));
    return results.every((r) => r.ok) ? 0 : 1;
  } finally {
    await db.close();
  }
}

runCli('check:data', main);
