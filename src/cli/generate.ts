import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../errors';
import { generatedFiles } from './generated-files';

/** Rewrites every generated artifact (run `npm run generate`, which also runs codegen). */
async function main(): Promise<void> {
  for (const { file, generate } of generatedFiles()) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await generate());
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(`generate failed: ${messageOf(error)}`);
  process.exit(1);
});
