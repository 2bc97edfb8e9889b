import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../errors';
import { ENTITY_SPECS } from '../modules';
import { cypherDrift, writeGeneratedCypher } from '../modules/common/cypher-files';
import { buildGraphSchema, printSchemaText } from '../schema';

/** The committed SDL of the API. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

const HELP = `Usage: node dist/cli/emit-schema.js [--check]

Writes the API's generated artifacts: schema/schema.graphql (from the
type-graphql resolvers) and the query files under cypher/nodes, cypher/relations
and cypher/graph (from the graph model and the entity specs).

  --check   write nothing; exit 1 and list what differs when a committed file is out of date`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const sdl = printSchemaText(await buildGraphSchema());
  if (argv.includes('--check')) {
    const drift = cypherDrift(ENTITY_SPECS);
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : undefined;
    if (current !== sdl) drift.unshift(`${current === undefined ? 'missing' : 'out of date'} ${SCHEMA_FILE}`);
    if (drift.length === 0) {
      console.log('schema/schema.graphql and the generated query files are up to date.');
      return 0;
    }
    console.error(
      `Generated API files differ from the code:\n  ${drift.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
    );
    return 1;
  }
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, sdl);
  const written = writeGeneratedCypher(ENTITY_SPECS);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)} and ${written.length} query files under cypher/`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`emit-schema failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
