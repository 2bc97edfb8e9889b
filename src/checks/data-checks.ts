import type { GraphDatabase, Row, Value } from '../db';
import { ID_PATTERN, labelOfId } from '../model';
import { findNameClashes } from './name-clashes';
import type { NamedNode } from './name-clashes';
import { describeNode, describeRelationship, locateInSeeds } from './seed-locator';
import type { SeedLocator } from './seed-locator';
import { checkCitations, SOURCES_DIR } from './citation-checks';

/** The outcome of one data check. */
export interface CheckResult {
  /** What the check asserts, in words a data editor understands. */
  readonly name: string;
  readonly ok: boolean;
  /** One line per offence, naming the ids involved and the seed file that defines them. */
  readonly problems: string[];
}

/** Totals fixed by the sources: ten member states, 26 pilot cities, 28 officers in the CSCO table. */
export const EXPECTED_TOTALS = { memberStates: 10, pilotCities: 26, officers: 28 } as const;

/** The network every pilot city belongs to. */
export const ASCN_ID = 'network:ascn';

export interface DataCheckOptions {
  /** Where to look up the seed file defining an offending id (default: `seeds/`). */
  readonly locator?: SeedLocator;
  /** Where the stored copies of the documents are (default: `../shared/sources` beside the project). */
  readonly sourcesDir?: string;
}

type Check = (db: GraphDatabase, seeds: SeedLocator, sourcesDir: string) => Promise<CheckResult[] | CheckResult>;

const text = (v: Value | undefined): string => (typeof v === 'string' ? v : String(v));
// Problems sorted: the same graph gives the same report on both engines.
const result = (name: string, problems: string[]): CheckResult => ({
  name,
  ok: problems.length === 0,
  problems: [...problems].sort(),
});
const read = (db: GraphDatabase, name: string, params = {}): Promise<Row[]> => db.read(`checks/${name}`, params);

const sourcesPresent: Check = async (db, seeds) => {
  const nodes = await read(db, 'nodes-without-sources');
  const rels = await read(db, 'relationships-without-sources');
  return result('every node and relationship cites at least one source', [
    ...nodes.map((r) => `${describeNode(seeds, text(r.id))}: no sources`),
    ...rels.map((r) => `${describeRelationship(seeds, text(r.fromId), text(r.toId))}: no sources`),
  ]);
};

const sourcesExist: Check = async (db, seeds) => {
  const nodes = await read(db, 'node-unknown-sources');
  const rels = await read(db, 'relationship-unknown-sources');
  return result('every cited source is a Source node', [
    ...nodes.map((r) => `${describeNode(seeds, text(r.id))}: cites unknown source ${text(r.source)}`),
    ...rels.map(
      (r) => `${describeRelationship(seeds, text(r.fromId), text(r.toId))}: cites unknown source ${text(r.source)}`,
    ),
  ]);
};

const pilotCities: Check = async (db, seeds) => {
  const rows = await read(db, 'pilot-cities', { networkId: ASCN_ID });
  const problems: string[] = [];
  for (const row of rows) {
    const city = describeNode(seeds, text(row.id));
    if (row.pilot !== true) problems.push(`${city}: belongs to a network but is not marked pilot = true`);
    if (row.states !== 1) problems.push(`${city}: LOCATED_IN ${text(row.states)} member states, expected exactly 1`);
    if (row.pilot === true && row.inNetwork === 0) problems.push(`${city}: pilot city not MEMBER_OF ${ASCN_ID}`);
  }
  return result('every pilot city is in exactly one member state and in the ASCN', problems);
};

const officersServe: Check = async (db, seeds) => {
  const rows = await read(db, 'officers-not-serving');
  return result(
    'every officer serves a city or member state',
    rows.map((r) => `${describeNode(seeds, text(r.id))}: SERVES nothing`),
  );
};

function toNamedNode(row: Row): NamedNode {
  const aliases = Array.isArray(row.aliases) ? row.aliases.filter((a): a is string => typeof a === 'string') : [];
  return {
    label: text(row.label),
    id: text(row.id),
    name: typeof row.name === 'string' ? row.name : null,
    aliases,
    note: typeof row.note === 'string' ? row.note : null,
  };
}

/** Reads every node with its label; the rows of node-ids not matched by a label are reported as such. */
async function labelledNodes(db: GraphDatabase): Promise<{ nodes: NamedNode[]; unlabelled: string[] }> {
  const nodes = (await read(db, 'node-identities')).map(toNamedNode);
  const labelled = new Set(nodes.map((n) => n.id));
  const unlabelled = (await read(db, 'node-ids')).map((r) => text(r.id)).filter((id) => !labelled.has(id));
  return { nodes, unlabelled };
}

const idConvention: Check = async (db, seeds) => {
  const { nodes, unlabelled } = await labelledNodes(db);
  const problems = unlabelled.map(
    (id) => `${describeNode(seeds, id)}: its label is missing from cypher/checks/node-identities.cypher`,
  );
  const seen = new Map<string, string>();
  // The engine returns the rows in no fixed order: sort them so that the report is the same every run.
  const ordered = [...nodes].sort((a, b) => a.id.localeCompare(b.id) || a.label.localeCompare(b.label));
  for (const node of ordered) {
    const where = describeNode(seeds, node.id);
    const other = seen.get(node.id);
    if (other !== undefined) problems.push(`${where}: id used by both ${other} and ${node.label}`);
    seen.set(node.id, node.label);
    if (!ID_PATTERN.test(node.id)) problems.push(`${where}: not of the form <prefix>:<lower-case slug>`);
    else if (labelOfId(node.id) !== node.label) {
      problems.push(`${where}: a ${node.label} whose prefix belongs to ${labelOfId(node.id) ?? 'no label'}`);
    }
  }
  return result('ids are unique and follow the id convention', problems);
};

const uniqueNames: Check = async (db, seeds) => {
  const { nodes } = await labelledNodes(db);
  const clashes = findNameClashes(nodes);
  return result(
    'no two nodes of one label share a name or alias without a note naming the other',
    clashes.map((c) => `${c.label} "${c.name}" is shared by ${c.ids.map((id) => describeNode(seeds, id)).join(', ')}`),
  );
};

const totals: Check = async (db) => {
  const [row = {}] = await read(db, 'totals');
  const problems = Object.entries(EXPECTED_TOTALS)
    .filter(([key, expected]) => row[key] !== expected)
    .map(([key, expected]) => `${key}: ${text(row[key])} in the graph, expected ${expected}`);
  return result(
    `totals: ${EXPECTED_TOTALS.memberStates} member states, ${EXPECTED_TOTALS.pilotCities} pilot cities, ${EXPECTED_TOTALS.officers} officers`,
    problems,
  );
};

const citations: Check = async (db, seeds, sourcesDir) => {
  const findings = await checkCitations(db, seeds, sourcesDir);
  return [
    result(
      'every citation points at an existing line (and range) of its source and names exactly its sources',
      findings.locators,
    ),
    result('every cited passage mentions the node, or both ends of the relationship', findings.mentions),
  ];
};

const CHECKS: readonly Check[] = [
  sourcesPresent,
  sourcesExist,
  pilotCities,
  officersServe,
  idConvention,
  uniqueNames,
  totals,
  citations,
];

/**
 * Runs every data check against the graph and returns one result per check,
 * in a fixed order. Queries run one after another (read-only).
 */
export async function runDataChecks(db: GraphDatabase, options: DataCheckOptions = {}): Promise<CheckResult[]> {
  const seeds = options.locator ?? locateInSeeds();
  const results: CheckResult[] = [];
  for (const check of CHECKS) results.push(...[await check(db, seeds, options.sourcesDir ?? SOURCES_DIR)].flat());
  return results;
}
