import fs from 'node:fs';
import path from 'node:path';
import { NEO4J_SCHEMA_FILE, neo4jSchemaScript } from '../db';
import { ENTITY_SPECS } from '../specs';
import { cypherDrift, writeGeneratedCypher } from '../graph/cypher-files';
import { projectPath } from '../paths';
import { buildGraphSchema, printSchemaText } from '../graphql/schema/build-schema';

/** The committed SDL of the API, emitted from the type-graphql resolvers. */
export const SCHEMA_FILE = projectPath('schema', 'schema.graphql');

/** A committed file derived from code: where it lives and how to produce its text. */
interface GeneratedFile {
  readonly file: string;
  readonly generate: () => Promise<string>;
}

/**
 * Single generated files. The query files under cypher/nodes, cypher/relations
 * and cypher/graph are a set generated from the model (with stale files to
 * delete), handled by `graph/cypher-files.ts`; codegen's output in
 * src/generated/ is checked by graphql-codegen itself (`--check`).
 */
function generatedFiles(): GeneratedFile[] {
  return [
    { file: NEO4J_SCHEMA_FILE, generate: () => Promise.resolve(neo4jSchemaScript()) },
    { file: SCHEMA_FILE, generate: async () => printSchemaText(await buildGraphSchema()) },
  ];
}

const shown = (file: string): string => path.relative(process.cwd(), file) || file;

/** Rewrites every generated file; returns what it wrote, for the log. */
export async function writeGeneratedFiles(): Promise<string[]> {
  const written: string[] = [];
  for (const { file, generate } of generatedFiles()) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await generate());
    written.push(shown(file));
  }
  const queries = writeGeneratedCypher(ENTITY_SPECS);
  written.push(`${queries.length} query files under cypher/nodes, cypher/relations and cypher/graph`);
  return written;
}

/** What differs between the committed generated files and what the code generates now. */
export async function driftedFiles(): Promise<string[]> {
  const drift: string[] = [];
  for (const { file, generate } of generatedFiles()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === undefined) drift.push(`missing ${shown(file)}`);
    else if (current !== (await generate())) drift.push(`out of date ${shown(file)}`);
  }
  return [...drift, ...cypherDrift(ENTITY_SPECS).map((line) => line.replace(`${process.cwd()}/`, ''))];
}
