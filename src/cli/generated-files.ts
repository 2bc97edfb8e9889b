import fs from 'node:fs';
import path from 'node:path';
import { NEO4J_SCHEMA_FILE, neo4jSchemaScript } from '../model/neo4j-schema';

/** A committed file derived from code: where it lives and how to produce its text. */
export interface GeneratedFile {
  readonly file: string;
  readonly generate: () => Promise<string>;
}

/** Every generated artifact except codegen's output (graphql-codegen checks its own with --check). */
export function generatedFiles(): GeneratedFile[] {
  return [{ file: NEO4J_SCHEMA_FILE, generate: () => Promise.resolve(neo4jSchemaScript()) }];
}

/** The generated files whose committed text differs from what the code produces now. */
export async function staleFiles(files: readonly GeneratedFile[] = generatedFiles()): Promise<string[]> {
  const stale: string[] = [];
  for (const { file, generate } of files) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current !== (await generate())) stale.push(path.relative(process.cwd(), file));
  }
  return stale;
}
