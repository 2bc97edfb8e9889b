import fs from 'node:fs';
import path from 'node:path';
import type { GraphDatabase, Row, Value } from '../db';
import { RELATIONSHIP_TYPE_KEY } from '../db';
import { citedSourceId, parseCitation } from '../model';
import { projectPath } from '../paths';
import { foldWords, mentions } from './passage-match';
import { describeNode, describeRelationship } from './seed-locator';
import type { SeedLocator } from './seed-locator';

/** Where the stored copies of the documents are (each Source node's `file` is a name in it). */
export const SOURCES_DIR = projectPath('..', 'shared', 'sources');

/** A stored copy: its file and its lines (without line ends). */
interface Document {
  readonly file: string;
  readonly lines: readonly string[];
}

/** What the check knows of one node: the names a passage may use for it. */
interface Cited {
  readonly names: readonly string[];
  readonly sources: readonly string[];
  readonly citations: readonly string[];
}

const strings = (v: Value | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const text = (v: Value | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reads the stored copy of every Source node that has a `file`; a missing file is a problem, reported once. */
function loadDocuments(rows: Row[], dir: string, problems: string[]): Map<string, Document | null> {
  const documents = new Map<string, Document | null>();
  for (const row of rows) {
    const id = text(row.id) ?? '';
    const file = text(row.file);
    if (file === undefined) {
      documents.set(id, null);
      continue;
    }
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) {
      problems.push(`${id}: its file ${file} is not in ${dir}`);
      continue;
    }
    const lines = fs.readFileSync(full, 'utf8').split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop(); // the end of the last line is not a line of its own
    documents.set(id, { file, lines });
  }
  return documents;
}

/** A citation's passage, folded: or what is wrong with the citation. */
function passageOf(
  citation: string,
  documents: ReadonlyMap<string, Document | null>,
): { sourceId: string; words: string[] | null; where: string } | string {
  const parsed = parseCitation(citation);
  if (parsed === null) return `citation "${citation}" is not of the form source:<slug>[#L<line>[:<start>-<end>]]`;
  const document = documents.get(parsed.sourceId);
  if (document === undefined) return `citation "${citation}" names no Source node with a readable file`;
  if (document === null) {
    if (parsed.line !== null) return `citation "${citation}": ${parsed.sourceId} has no file to point into`;
    return { sourceId: parsed.sourceId, words: null, where: parsed.sourceId };
  }
  const file = document.file;
  if (parsed.line === null) return `citation "${citation}" has no locator: ${file} needs #L<line>`;
  const line = document.lines[parsed.line - 1];
  if (line === undefined)
    return `citation "${citation}": ${file} has ${document.lines.length} lines, not ${parsed.line}`;
  if (line.trim() === '') return `citation "${citation}": ${file} line ${parsed.line} is empty`;
  if (parsed.end !== null && parsed.end > line.length) {
    return `citation "${citation}": ${file} line ${parsed.line} has ${line.length} characters, the range ends at ${parsed.end}`;
  }
  const range = parsed.start === null ? '' : ` characters ${parsed.start}-${parsed.end ?? line.length}`;
  const passage = parsed.start === null ? line : line.slice(parsed.start, parsed.end ?? undefined);
  return { sourceId: parsed.sourceId, words: foldWords(passage), where: `${file} line ${parsed.line}${range}` };
}

/**
 * Checks the citations of an entity whose ends are `ends` (the names of a
 * node, or of each end of a relationship). Each passage must mention at least
 * one end, and the passages cited from one document together all of them: a
 * table row that the stored copy breaks over two lines (an officer's name on
 * one, the designation on the next) is cited as both lines.
 */
function mentionProblems(
  citations: readonly string[],
  ends: readonly (readonly string[])[],
  documents: ReadonlyMap<string, Document | null>,
): string[] {
  const problems: string[] = [];
  const covered = new Map<string, Set<number>>();
  const first = (names: readonly string[]): string => `"${names[0] ?? '?'}"`;
  for (const citation of citations) {
    const passage = passageOf(citation, documents);
    if (typeof passage === 'string') {
      problems.push(passage);
      continue;
    }
    if (passage.words === null) continue;
    const words = passage.words;
    const found = ends.flatMap((names, i) => (names.some((name) => mentions(words, name)) ? [i] : []));
    if (found.length === 0) {
      problems.push(
        `citation "${citation}": ${passage.where} does not mention ${ends.map(first).join(' or ')} (nor an alias or mentionedAs)`,
      );
    }
    const seen = covered.get(passage.sourceId) ?? new Set<number>();
    found.forEach((i) => seen.add(i));
    covered.set(passage.sourceId, seen);
  }
  for (const [sourceId, seen] of covered) {
    const missing = ends.filter((_, i) => !seen.has(i));
    if (missing.length > 0 && seen.size > 0) {
      problems.push(`the passages cited from ${sourceId} do not mention ${missing.map(first).join(' and ')}`);
    }
  }
  return problems;
}

/** Problems of one entity's list of citations as a whole: present, and naming exactly its sources. */
function listProblems(entity: Cited): string[] {
  if (entity.citations.length === 0) return ['no citations'];
  const cited = new Set(entity.citations.map(citedSourceId));
  const sources = new Set(entity.sources);
  return [
    ...[...sources].filter((s) => !cited.has(s)).map((s) => `cites ${s} in sources but has no citation of it`),
    ...[...cited].filter((s) => !sources.has(s)).map((s) => `has a citation of ${s}, which sources lacks`),
  ];
}

/** The outcome of the citation checks: one list of problems per check. */
export interface CitationFindings {
  readonly locators: string[];
  readonly mentions: string[];
}

/**
 * Verifies every citation of every node and relationship against the stored
 * copies of the documents: well-formed, naming exactly the entity's sources,
 * pointing at an existing line (and range) of the Source's file, and that
 * passage mentioning the node (for a relationship, both ends).
 */
export async function checkCitations(
  db: GraphDatabase,
  seeds: SeedLocator,
  dir: string = SOURCES_DIR,
): Promise<CitationFindings> {
  const locators: string[] = [];
  const mentionsFound: string[] = [];
  const sourceRows = await db.read('checks/source-files');
  const documents = loadDocuments(sourceRows, dir, locators);
  const titles = new Map(sourceRows.map((r) => [text(r.id) ?? '', text(r.title)]));
  const nodes = new Map<string, Cited>();
  for (const row of await db.read('checks/node-citations')) {
    const id = text(row.id) ?? '';
    const title = titles.get(id);
    const names = [text(row.name), title, ...strings(row.aliases), ...strings(row.mentionedAs)];
    nodes.set(id, {
      names: names.filter((n): n is string => n !== undefined),
      sources: strings(row.sources),
      citations: strings(row.citations),
    });
  }
  const report = (where: string, problems: string[]): void => {
    for (const p of problems) (p.includes(' not mention ') ? mentionsFound : locators).push(`${where}: ${p}`);
  };
  for (const [id, node] of nodes) {
    report(describeNode(seeds, id), [
      ...listProblems(node),
      ...mentionProblems(node.citations, [node.names], documents),
    ]);
  }
  for (const row of await db.read('checks/relationship-citations')) {
    const from = text(row.fromId) ?? '';
    const to = text(row.toId) ?? '';
    const rel = (row.rel ?? {}) as { [key: string]: Value };
    const entity: Cited = { names: [], sources: strings(rel.sources), citations: strings(rel.citations) };
    const ends = [nodes.get(from)?.names ?? [from], nodes.get(to)?.names ?? [to]];
    const problems = [...listProblems(entity), ...mentionProblems(entity.citations, ends, documents)];
    const type = text(rel[RELATIONSHIP_TYPE_KEY]);
    const site = seeds.relationshipSites(from, to).find((s) => s.type === type);
    const where =
      type === undefined
        ? describeRelationship(seeds, from, to)
        : `${from} -[${type}]-> ${to} (${site?.file ?? 'not defined in seeds/'})`;
    report(where, problems);
  }
  return { locators, mentions: mentionsFound };
}
