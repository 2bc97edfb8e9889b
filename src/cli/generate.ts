import 'reflect-metadata';
import { runCli } from './run-cli';
import { writeGeneratedFiles } from './generated-files';

/**
 * `npm run generate` (which then runs codegen): rewrites cypher/neo4j/schema.cypher,
 * schema/schema.graphql and the model-derived query files from the code.
 */
runCli('generate', async () => {
  for (const line of await writeGeneratedFiles()) console.log(`wrote ${line}`);
});
