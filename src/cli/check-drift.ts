import 'reflect-metadata';
import { messageOf } from '../errors';
import { driftedFiles } from './generated-files';

/** Fails when a committed generated file no longer matches the code that generates it. */
driftedFiles().then(
  (drift) => {
    if (drift.length === 0) {
      console.log('Generated files are up to date.');
      return;
    }
    console.error(
      `Generated files differ from the code:\n  ${drift.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
    );
    process.exit(1);
  },
  (error: unknown) => {
    console.error(`check:drift failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
