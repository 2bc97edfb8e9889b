import 'reflect-metadata';
import { runCli } from './run-cli';
import { driftedFiles } from './generated-files';

/** Fails when a committed generated file no longer matches the code that generates it. */
runCli('check:drift', async () => {
  const drift = await driftedFiles();
  if (drift.length === 0) {
    console.log('Generated files are up to date.');
    return 0;
  }
  console.error(
    `Generated files differ from the code:\n  ${drift.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
  );
  return 1;
});
