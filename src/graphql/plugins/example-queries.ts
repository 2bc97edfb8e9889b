import { projectPath } from '../../paths';
import fs from 'node:fs';

/** A runnable example from `docs/queries.md`. */
export interface ExampleQuery {
  readonly title: string;
  readonly query: string;
}

/** `docs/queries.md` at the project root (the same from `src/` under jest and from `dist/`). */
export const QUERIES_DOC = projectPath('docs', 'queries.md');

/**
 * The examples of `docs/queries.md`: each `graphql` code block with the
 * heading above it. The explorer page offers them, so the page and the docs
 * never disagree. A missing file gives no examples rather than an error.
 */
export function readExampleQueries(file: string = QUERIES_DOC): ExampleQuery[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const examples: ExampleQuery[] = [];
  let title = 'Example';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const heading = /^#{2,4}\s+(.*)$/.exec(line);
    if (heading !== null) title = (heading[1] as string).trim();
    if (line.trim() !== '```graphql') continue;
    const body: string[] = [];
    for (i += 1; i < lines.length && (lines[i] as string).trim() !== '```'; i += 1) body.push(lines[i] as string);
    examples.push({ title, query: body.join('\n').trim() });
  }
  return examples;
}
