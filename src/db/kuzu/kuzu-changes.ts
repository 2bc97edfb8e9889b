import { GRAPH_MODEL, nodeLabels } from '../../model';
import { maskLiterals } from '../cypher-text';
import type { EntityRef, Value } from '../port';
import { addToSnapshot } from '../script-changes';
import type { Snapshot } from '../script-changes';
import { fromKuzu } from './kuzu-values';
import type { KuzuSession } from './kuzu-connection';

/** The properties of a node or relationship as the port returns them (Kùzu's own keys and nulls left out). */
const properties = (entity: unknown): Record<string, Value> => fromKuzu(entity) as Record<string, Value>;

/** One scan of a snapshot: a node table, or one endpoint pair of a relationship table. */
export type SnapshotScan =
  | { readonly kind: 'node'; readonly label: string }
  | { readonly kind: 'relationship'; readonly type: string; readonly from: string; readonly to: string };

const scanKey = (scan: SnapshotScan): string =>
  scan.kind === 'node' ? scan.label : `${scan.type}|${scan.from}|${scan.to}`;

const nodeScans = (labels: readonly string[]): SnapshotScan[] => labels.map((label) => ({ kind: 'node', label }));

const relationshipScans = (types: readonly string[]): SnapshotScan[] =>
  types.flatMap((type) =>
    (GRAPH_MODEL.relationships[type]?.endpoints ?? []).map(([from, to]): SnapshotScan => ({
      kind: 'relationship',
      type,
      from,
      to,
    })),
  );

/** Every scan of the model: the whole graph. */
export const allScans = (): SnapshotScan[] => [
  ...nodeScans(nodeLabels()),
  ...relationshipScans(Object.keys(GRAPH_MODEL.relationships)),
];

/**
 * What a statement may write in Kùzu's tables cannot reach beyond the
 * labels and types it names, unless it has one of these: DETACH (deletes
 * relationships of any type), a procedure or bulk clause, a variable-length
 * or untyped relationship pattern, or a node pattern whose variable has no
 * label anywhere in the statement.
 */
const UNSCOPED = [
  /\b(DETACH|CALL|COPY|LOAD|IMPORT|EXPORT)\b/i,
  /\[[^\]]*\*/, // variable length: intermediate nodes of any label
  /-\[\s*\w*\s*[\]{]/, // a relationship without a type
  /--|<-(?!\[)|-(?<!\]-)>/, // an arrow without brackets
];

function unscoped(code: string): boolean {
  if (UNSCOPED.some((pattern) => pattern.test(code))) return true;
  const labelled = new Set([...code.matchAll(/\(\s*(\w+)\s*:/g)].map((m) => m[1]));
  // `(a)`, `(a {…})`, `()`: a node pattern without a label, not a function's call `f(a)`.
  for (const m of code.matchAll(/(?<![\w$`])\(\s*(\w*)\s*(?=[){])/g)) {
    if (m[1] === '' || !labelled.has(m[1])) return true;
  }
  return false;
}

/**
 * The scans whose tables a batch of statements can change: the tables of
 * the labels and relationship types its code names, or every table when a
 * statement's reach cannot be read from its text (`UNSCOPED`).
 */
export function scansOf(statements: readonly string[]): SnapshotScan[] {
  const labels = new Set<string>();
  const types = new Set<string>();
  for (const text of statements) {
    const code = maskLiterals(text);
    if (unscoped(code)) return allScans();
    for (const [word] of code.matchAll(/\w+/g)) {
      if (GRAPH_MODEL.nodes[word] !== undefined) labels.add(word);
      if (GRAPH_MODEL.relationships[word] !== undefined) types.add(word);
    }
  }
  return [...nodeScans([...labels]), ...relationshipScans([...types])];
}

type ScanRows = readonly { readonly entity: EntityRef; readonly properties: Record<string, Value> }[];

/**
 * Reads tables inside the script's transaction (`script-changes.ts` compares
 * two readings). Relationships are keyed by their endpoints' ids, not Kùzu's
 * internal ids: inside a transaction an updated relationship may be seen
 * twice under two internal ids. Two relationships of one type between the
 * same nodes count as one (seeds MERGE them, so they do not arise). One
 * label and one endpoint pair at a time: inside a transaction holding
 * uncommitted relationships, Kùzu 0.11.3 crashed on a label-less
 * `MATCH ()-[r]->()` and gave wrong endpoints for `MATCH (a)-[r:T]->(b)`
 * when `T` has several endpoint pairs (both seen with this project's seeds).
 */
async function readScan(session: KuzuSession, scan: SnapshotScan): Promise<ScanRows> {
  if (scan.kind === 'node') {
    return (await session.query(`MATCH (n:${scan.label}) RETURN n AS n`)).map((row) => {
      const node = properties(row.n);
      return { entity: { kind: 'node', id: String(node.id) }, properties: node };
    });
  }
  const { type, from, to } = scan;
  const rows = await session.query(`MATCH (a:${from})-[r:${type}]->(b:${to}) RETURN a.id AS a, b.id AS b, r AS r`);
  return rows.map((row) => ({
    entity: { kind: 'relationship', type, from: String(row.a), to: String(row.b) },
    properties: properties(row.r),
  }));
}

/**
 * Readings of a script's tables, batch by batch: before a batch, the tables
 * it can change as last read (read now if never read); after it, read
 * again. A table no batch names is never read, so a seed file costs a few
 * scans rather than one per table (about 1 ms each, 108 for the model).
 */
export class ScriptReadings {
  private readonly rows = new Map<string, ScanRows>();

  constructor(private readonly session: KuzuSession) {}

  /** The snapshot of `scans` as last read, reading those never read. */
  async before(scans: readonly SnapshotScan[]): Promise<Snapshot> {
    for (const scan of scans) {
      if (!this.rows.has(scanKey(scan))) this.rows.set(scanKey(scan), await readScan(this.session, scan));
    }
    return this.snapshotOf(scans);
  }

  /** The snapshot of `scans` read again, remembered for the next batch's `before`. */
  async after(scans: readonly SnapshotScan[]): Promise<Snapshot> {
    for (const scan of scans) this.rows.set(scanKey(scan), await readScan(this.session, scan));
    return this.snapshotOf(scans);
  }

  private snapshotOf(scans: readonly SnapshotScan[]): Snapshot {
    const out: Snapshot = new Map();
    for (const scan of scans) {
      for (const row of this.rows.get(scanKey(scan)) ?? []) addToSnapshot(out, row.entity, row.properties);
    }
    return out;
  }
}
