import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { listSeedFiles, SEEDS_DIR } from '../seed';

/** Where a relationship between two ids is merged, and with which type. */
export interface RelationshipSite {
  readonly type: string;
  readonly file: string;
}

/**
 * Finds the seed file that defines a node or relationship, so a failed check
 * can tell a data editor where to look. It reads the seed conventions, not
 * Cypher in general: nodes as `MERGE (n:Label {id: '…'})`, relationships as
 * `MATCH (a:A {id: '…'}), (b:B {id: '…'}) MERGE (a)-[r:TYPE]->(b)`.
 */
export interface SeedLocator {
  /** The seed file that MERGEs this node id, relative to the project root. */
  nodeFile(id: string): string | undefined;
  /** The places relationships from `fromId` to `toId` are merged. */
  relationshipSites(fromId: string, toId: string): readonly RelationshipSite[];
}

const NODE_MERGE = /MERGE\s*\(\s*\w*\s*:\s*\w+\s*\{\s*id\s*:\s*'([^']+)'\s*\}\s*\)/g;
const REL_MERGE =
  /MATCH\s*\(\s*(\w+)\s*:\s*\w+\s*\{\s*id\s*:\s*'([^']+)'\s*\}\s*\)\s*,\s*\(\s*(\w+)\s*:\s*\w+\s*\{\s*id\s*:\s*'([^']+)'\s*\}\s*\)\s*MERGE\s*\(\s*(\w+)\s*\)\s*-\s*\[\s*\w*\s*:\s*(\w+)\s*\]\s*->\s*\(\s*\w+\s*\)/g;

/** Indexes the seed files in `dir` (default `seeds/`). */
export function locateInSeeds(dir: string = SEEDS_DIR): SeedLocator {
  const nodes = new Map<string, string>();
  const relationships = new Map<string, RelationshipSite[]>();
  const files = fs.existsSync(dir) ? listSeedFiles(dir) : [];
  for (const file of files) {
    const shown = path.relative(PROJECT_ROOT, file);
    const text = fs.readFileSync(file, 'utf8');
    for (const [, id] of text.matchAll(NODE_MERGE)) {
      if (id !== undefined && !nodes.has(id)) nodes.set(id, shown);
    }
    for (const [, firstVar, firstId, , secondId, fromVar, type] of text.matchAll(REL_MERGE)) {
      const [from, to] = fromVar === firstVar ? [firstId, secondId] : [secondId, firstId];
      const key = `${from}|${to}`;
      const sites = relationships.get(key) ?? [];
      sites.push({ type: type as string, file: shown });
      relationships.set(key, sites);
    }
  }
  return {
    nodeFile: (id) => nodes.get(id),
    relationshipSites: (fromId, toId) => relationships.get(`${fromId}|${toId}`) ?? [],
  };
}

/** `city:hanoi (seeds/040-cities.cypher)`, or a hint when no seed file defines the id. */
export function describeNode(locator: SeedLocator, id: string): string {
  return `${id} (${locator.nodeFile(id) ?? 'not defined in seeds/'})`;
}

/** `officer:x -[SERVES]-> city:y (seeds/050-officers.cypher)`; the type comes from the seeds when they have it. */
export function describeRelationship(locator: SeedLocator, fromId: string, toId: string): string {
  const sites = locator.relationshipSites(fromId, toId);
  if (sites.length === 0) return `${fromId} -> ${toId} (not defined in seeds/)`;
  const types = [...new Set(sites.map((s) => s.type))].join('|');
  const files = [...new Set(sites.map((s) => s.file))].join(', ');
  return `${fromId} -[${types}]-> ${toId} (${files})`;
}
