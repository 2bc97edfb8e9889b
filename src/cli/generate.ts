import 'reflect-metadata';
import { messageOf } from '../errors';
import { writeGeneratedFiles } from './generated-files';

/**
 * `npm run generate` (which then runs codegen): rewrites cypher/neo4j/schema.cypher,
 * schema/schema.graphql and the model-derived query files from the code.
 */
writeGeneratedFiles().then(
  (written) => written.forEach((line) => console.log(`wrote ${line}`)),
  (error: unknown) => {
    console.error(`generate failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
