import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitStatements } from '../../src/db';
import { GRAPH_MODEL, ID_PATTERN, labelOfId, nodeProperties, relationshipProperties } from '../../src/model';
import type { PropertyMap, PropertyType } from '../../src/model';
import { listSeedFiles } from '../../src/seed';

/**
 * The seed files follow one narrow form, so that they load unchanged on both
 * engines (and with cypher-shell) and so that a data editor can copy any
 * statement as a template. Kùzu rejects some mistakes while loading; Neo4j
 * would accept them silently, which is what this lint is for.
 */

const STRING = String.raw`'(?:[^'\\]|\\.)*'`;
const NODE = new RegExp(String.raw`^MERGE \((\w+):(\w+) \{id: '([^']+)'\}\)(?:\s+SET\s+([\s\S]+))?$`);
const REL = new RegExp(
  String.raw`^MATCH \((\w+):(\w+) \{id: '([^']+)'\}\), \((\w+):(\w+) \{id: '([^']+)'\}\) MERGE \((\w+)\)-\[(\w+):(\w+)\]->\((\w+)\)(?:\s+SET\s+([\s\S]+))?$`,
);
const ASSIGNMENT = new RegExp(
  String.raw`\s*(\w+)\.(\w+) = (${STRING}|\[(?:\s*${STRING}\s*,?)*\]|true|false|-?\d+(?:\.\d+)?)\s*(?:,|$)`,
  'y',
);
/** Date properties are the ones the model describes as ISO-8601 (see `date()` in graph-model.ts). */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

interface Located {
  readonly file: string;
  readonly line: number;
}

const where = (at: Located): string => `${at.file}:${at.line}`;
const withoutComments = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();

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

function assignmentProblems(setText: string | undefined, variable: string, props: PropertyMap): string[] {
  if (setText === undefined) return ['sets nothing'];
  const problems: string[] = [];
  ASSIGNMENT.lastIndex = 0;
  let match: RegExpExecArray | null;
  let end = 0;
  const seen = new Set<string>();
  while ((match = ASSIGNMENT.exec(setText)) !== null && match[0] !== '') {
    const [, v, prop = '', raw = ''] = match;
    end = ASSIGNMENT.lastIndex;
    if (v !== variable) problems.push(`sets ${v}.${prop}, not a property of ${variable}`);
    const spec = props[prop];
    if (spec === undefined) problems.push(`${prop} is not in the graph model`);
    else problems.push(...valueProblems(prop, spec.type, spec.description, raw));
    if (seen.has(prop)) problems.push(`sets ${prop} twice`);
    seen.add(prop);
  }
  if (end < setText.length) problems.push(`cannot read the SET clause from: ${setText.slice(end, end + 60)}`);
  if (!seen.has('sources')) problems.push('does not set sources');
  return problems;
}

interface Seeds {
  readonly problems: string[];
  readonly nodes: Map<string, Located>;
}

function lintSeeds(files: readonly string[]): Seeds {
  const problems: string[] = [];
  const nodes = new Map<string, Located>();
  for (const file of files) {
    const shown = path.join('seeds', path.basename(file));
    for (const statement of splitStatements(fs.readFileSync(file, 'utf8'))) {
      const at = { file: shown, line: statement.line };
      const text = withoutComments(statement.text);
      const node = NODE.exec(text);
      const rel = REL.exec(text);
      const found: string[] = [];
      if (node !== null) {
        const [, v = '', label = '', id = '', setText] = node;
        const first = nodes.get(id);
        if (first !== undefined) found.push(`${id} is already defined at ${where(first)}`);
        nodes.set(id, at);
        if (!ID_PATTERN.test(id) || labelOfId(id) !== label) found.push(`${id} does not fit label ${label}`);
        if (label in GRAPH_MODEL.nodes) found.push(...assignmentProblems(setText, v, nodeProperties(label)));
        else found.push(`${label} is not a label of the graph model`);
      } else if (rel !== null) {
        const [, v1, l1 = '', id1 = '', , l2 = '', id2 = '', fromVar, rv = '', type = '', , setText] = rel;
        const [from, to] = fromVar === v1 ? [l1, l2] : [l2, l1];
        for (const [id, label] of [
          [id1, l1],
          [id2, l2],
        ] as const) {
          if (!nodes.has(id)) found.push(`${id} is not defined by this or an earlier statement`);
          else if (labelOfId(id) !== label) found.push(`${id} is matched as ${label}`);
        }
        const spec = GRAPH_MODEL.relationships[type];
        if (spec === undefined) found.push(`${type} is not a relationship type of the graph model`);
        else {
          if (!spec.endpoints.some(([f, t]) => f === from && t === to))
            found.push(`${type} does not allow ${from} → ${to}`);
          found.push(...assignmentProblems(setText, rv, relationshipProperties(type)));
        }
      } else {
        found.push(`not in the seed form (MERGE a node by id, or MATCH two nodes by id and MERGE one relationship)`);
      }
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
        "MERGE (c:City {id: 'city:a'}) SET c.name = 'A', c.population = 5, c.sources = ['source:x']",
        "MERGE (c:City {id: 'city:a'}) SET c.name = 'A again', c.sources = ['source:x']",
        "MERGE (m:Meeting {id: 'meeting:m'}) SET m.name = 'M', m.date = '8 July 2018', m.aliases = [], m.sources = ['source:x']",
        "MATCH (a:City {id: 'city:a'}), (b:Network {id: 'network:n'}) MERGE (a)-[r:MEMBER_OF]->(b) SET r.sources = ['source:x']",
        "MATCH (a:City {id: 'city:a'}), (b:Meeting {id: 'meeting:m'}) MERGE (a)-[r:LOCATED_IN]->(b) SET r.sources = ['source:x']",
        "MERGE (c:City {id: 'city:b'}) SET c.name = $name, c.sources = ['source:x']",
        "MATCH (c:City {name: 'A'}) SET c.pilot = true",
        "MERGE (m:Metric {id: 'metric:m'}) SET m.name = 'M', m.value = 5, m.sources = ['source:x']",
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
        "seeds/010-bad.cypher:6: cannot read the SET clause from: c.name = $name, c.sources = ['source:x']",
        'seeds/010-bad.cypher:6: does not set sources',
        'seeds/010-bad.cypher:7: not in the seed form (MERGE a node by id, or MATCH two nodes by id and MERGE one relationship)',
        'seeds/010-bad.cypher:8: value = 5 is not a non-empty DOUBLE literal',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
