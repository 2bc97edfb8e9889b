import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitStatements } from '../../src/db';
import { GRAPH_MODEL, ID_PATTERN, labelOfId, nodeProperties, relationshipProperties } from '../../src/model';
import type { PropertyMap, PropertyType } from '../../src/model';
import { listSeedFiles, parseSeedStatement } from '../../src/seed';
import type { SeedNodeStatement, SeedRelationshipStatement, SeedSet } from '../../src/seed';

/**
 * The seed files follow one narrow form, so that they load unchanged on both
 * engines (and with cypher-shell) and so that a data editor can copy any
 * statement as a template. Kùzu rejects some mistakes while loading; Neo4j
 * would accept them silently, which is what this lint is for.
 */

/** Date properties are the ones the model describes as ISO-8601 (see `date()` in graph-model.ts). */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface Located {
  readonly file: string;
  readonly line: number;
}

const where = (at: Located): string => `${at.file}:${at.line}`;

function valueProblems(prop: string, type: PropertyType, description: string, raw: string): string[] {
  const isString = raw.startsWith("'");
  const ok: Record<PropertyType, boolean> = {
    STRING: isString,
    'STRING[]': raw.startsWith('[') && raw !== '[]' && /'/.test(raw),
    INT64: /^-?\d+$/.test(raw),
    // With a decimal point, so that Neo4j stores a float as Kùzu does.
    DOUBLE: /^-?\d+\.\d+$/.test(raw),
    BOOLEAN: raw === 'true' || raw === 'false',
  };
  if (!ok[type]) return [`${prop} = ${raw.slice(0, 40)} is not a non-empty ${type} literal`];
  if (isString && description.includes('ISO-8601') && !ISO_DATE.test(raw.slice(1, -1))) {
    return [`${prop} = ${raw} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`];
  }
  return [];
}

function assignmentProblems(set: SeedSet | undefined, variable: string, props: PropertyMap): string[] {
  if (set === undefined) return ['sets nothing'];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { variable: v, property: prop, raw } of set.assignments) {
    if (v !== variable) problems.push(`sets ${v}.${prop}, not a property of ${variable}`);
    const spec = props[prop];
    if (spec === undefined) problems.push(`${prop} is not in the graph model`);
    else problems.push(...valueProblems(prop, spec.type, spec.description, raw));
    if (seen.has(prop)) problems.push(`sets ${prop} twice`);
    seen.add(prop);
  }
  if (set.unread !== undefined) problems.push(`cannot read the SET clause from: ${set.unread.slice(0, 60)}`);
  if (!seen.has('sources')) problems.push('does not set sources');
  if (!seen.has('citations')) problems.push('does not set citations (where each source states it)');
  return problems;
}

interface Seeds {
  readonly problems: string[];
  readonly nodes: Map<string, Located>;
}

function nodeProblems(node: SeedNodeStatement, nodes: Map<string, Located>, at: Located): string[] {
  const { id, label } = node;
  const found: string[] = [];
  const first = nodes.get(id);
  if (first !== undefined) found.push(`${id} is already defined at ${where(first)}`);
  nodes.set(id, at);
  if (!ID_PATTERN.test(id) || labelOfId(id) !== label) found.push(`${id} does not fit label ${label}`);
  if (label in GRAPH_MODEL.nodes) found.push(...assignmentProblems(node.set, node.variable, nodeProperties(label)));
  else found.push(`${label} is not a label of the graph model`);
  return found;
}

function relationshipProblems(rel: SeedRelationshipStatement, nodes: Map<string, Located>): string[] {
  const found: string[] = [];
  for (const { id, label } of rel.matched) {
    if (!nodes.has(id)) found.push(`${id} is not defined by this or an earlier statement`);
    else if (labelOfId(id) !== label) found.push(`${id} is matched as ${label}`);
  }
  const { type, from, to } = rel;
  const spec = GRAPH_MODEL.relationships[type];
  if (spec === undefined) return [...found, `${type} is not a relationship type of the graph model`];
  if (!spec.endpoints.some(([f, t]) => f === from.label && t === to.label))
    found.push(`${type} does not allow ${from.label} → ${to.label}`);
  return [...found, ...assignmentProblems(rel.set, rel.variable, relationshipProperties(type))];
}

function lintSeeds(files: readonly string[]): Seeds {
  const problems: string[] = [];
  const nodes = new Map<string, Located>();
  for (const file of files) {
    const shown = path.join('seeds', path.basename(file));
    for (const { text, line } of splitStatements(fs.readFileSync(file, 'utf8'))) {
      const at = { file: shown, line };
      const statement = parseSeedStatement(text);
      const found =
        statement.kind === 'node'
          ? nodeProblems(statement, nodes, at)
          : statement.kind === 'relationship'
            ? relationshipProblems(statement, nodes)
            : ['not in the seed form (MERGE a node by id, or MATCH two nodes by id and MERGE one relationship)'];
      problems.push(...found.map((p) => `${where(at)}: ${p}`));
    }
  }
  return { problems, nodes };
}

describe('seed files', () => {
  const files = listSeedFiles();

  it('exist and are named NNN-topic.cypher', () => {
    expect(files.length).toBeGreaterThan(5);
    const all = fs.readdirSync(path.dirname(files[0] as string)).filter((f) => f.endsWith('.cypher'));
    expect(all.map((f) => path.basename(f))).toEqual(files.map((f) => path.basename(f)));
  });

  it('use only the seed form, model properties, literal values and ids defined before use', () => {
    const seeds = lintSeeds(files);
    expect(seeds.problems).toEqual([]);
    expect(seeds.nodes.size).toBeGreaterThan(100);
  });

  it('the lint catches what it is for', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lint-'));
    const bad = path.join(dir, '010-bad.cypher');
    fs.writeFileSync(
      bad,
      [
        "MERGE (c:City {id: 'city:a'}) SET c.name = 'A', c.population = 5, c.sources = ['source:x'], c.citations = ['source:x#L1']",
        "MERGE (c:City {id: 'city:a'}) SET c.name = 'A again', c.sources = ['source:x'], c.citations = ['source:x#L1']",
        "MERGE (m:Meeting {id: 'meeting:m'}) SET m.name = 'M', m.date = '8 July 2018', m.aliases = [], m.sources = ['source:x'], m.citations = ['source:x#L1']",
        "MATCH (a:City {id: 'city:a'}), (b:Network {id: 'network:n'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:x'], r.citations = ['source:x#L1']",
        "MATCH (a:City {id: 'city:a'}), (b:Meeting {id: 'meeting:m'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:x'], r.citations = ['source:x#L1']",
        "MERGE (c:City {id: 'city:b'}) SET c.name = $name, c.sources = ['source:x'], c.citations = ['source:x#L1']",
        "MATCH (c:City {name: 'A'}) SET c.pilot = true",
        "MERGE (m:Metric {id: 'metric:m'}) SET m.name = 'M', m.value = 5, m.sources = ['source:x'], m.citations = ['source:x#L1']",
        "MERGE (c:City {id: 'city:c'}) SET c.name = 'C', c.sources = ['source:x']",
      ].join(';\n'),
    );
    try {
      expect(lintSeeds([bad]).problems).toEqual([
        'seeds/010-bad.cypher:1: population is not in the graph model',
        'seeds/010-bad.cypher:2: city:a is already defined at seeds/010-bad.cypher:1',
        "seeds/010-bad.cypher:3: date = '8 July 2018' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
        'seeds/010-bad.cypher:3: aliases = [] is not a non-empty STRING[] literal',
        'seeds/010-bad.cypher:4: network:n is not defined by this or an earlier statement',
        'seeds/010-bad.cypher:5: LOCATED_IN does not allow City → Meeting',
        "seeds/010-bad.cypher:6: cannot read the SET clause from: c.name = $name, c.sources = ['source:x'], c.citations = ['so",
        'seeds/010-bad.cypher:6: does not set sources',
        'seeds/010-bad.cypher:6: does not set citations (where each source states it)',
        'seeds/010-bad.cypher:7: not in the seed form (MERGE a node by id, or MATCH two nodes by id and MERGE one relationship)',
        'seeds/010-bad.cypher:8: value = 5 is not a non-empty DOUBLE literal',
        'seeds/010-bad.cypher:9: does not set citations (where each source states it)',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
