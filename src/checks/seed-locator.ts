import fs from 'node:fs';
import path from 'node:path';
import { splitStatements } from '../db';
import { PROJECT_ROOT } from '../paths';
import { listSeedFiles, parseSeedStatement, SEEDS_DIR } from '../seed';

/** Where a relationship between two ids is merged, and with which type. */
export interface RelationshipSite {
  readonly type: string;
  readonly file: string;
}

/**
 * Finds the seed file that defines a node or relationship, so a failed check
 * can tell a data editor where to look. It reads only statements in the seed
 * form (see `parseSeedStatement`), not Cypher in general: nodes as
 * `MERGE (n:Label {id: '…'})`, relationships as
 * `MATCH (a:A {id: '…'}), (b:B {id: '…'}) MERGE (a)-[r:TYPE]->(b)`.
 */
export interface SeedLocator {
  /** The seed file that MERGEs this node id, relative to the project root. */
  nodeFile(id: string): string | undefined;
  /** The places relationships from `fromId` to `toId` are merged. */
  relationshipSites(fromId: string, toId: string): readonly RelationshipSite[];
}

/** Indexes the seed files in `dir` (default `seeds/`). */
export function locateInSeeds(dir: string = SEEDS_DIR): SeedLocator {
  const nodes = new Map<string, string>();
  const relationships = new Map<string, RelationshipSite[]>();
  const files = fs.existsSync(dir) ? listSeedFiles(dir) : [];
  for (const file of files) {
    const shown = path.relative(PROJECT_ROOT, file);
    for (const { text } of splitStatements(fs.readFileSync(file, 'utf8'))) {
      const statement = parseSeedStatement(text);
      if (statement.kind === 'node') {
        if (!nodes.has(statement.id)) nodes.set(statement.id, shown);
      } else if (statement.kind === 'relationship') {
        const key = `${statement.from.id}|${statement.to.id}`;
        relationships.set(key, [...(relationships.get(key) ?? []), { type: statement.type, file: shown }]);
      }
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
