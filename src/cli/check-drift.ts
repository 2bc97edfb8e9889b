import 'reflect-metadata';
import { messageOf } from '../errors';
import { staleFiles } from './generated-files';

/** Fails when a committed generated file no longer matches the code that generates it. */
async function main(): Promise<number> {
  const stale = await staleFiles();
  if (stale.length === 0) {
    console.log('Generated files are up to date.');
    return 0;
  }
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`check:drift failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
