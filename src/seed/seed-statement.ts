/**
 * The seed files are written in one narrow statement form (see
 * docs/data-editing.md) so that they load unchanged on both engines and any
 * statement can serve a data editor as a template. This module is the one
 * reader of that form; the seed lint and the seed locator both rely on it.
 */

/** A node as a seed statement names it: its variable, its label and the id it is merged or matched by. */
export interface SeedNode {
  readonly variable: string;
  readonly label: string;
  readonly id: string;
}

/** One `variable.property = literal` of a SET clause; `raw` is the literal exactly as written. */
export interface SeedAssignment {
  readonly variable: string;
  readonly property: string;
  readonly raw: string;
}

/** A SET clause, read assignment by assignment for as long as it keeps to the seed form. */
export interface SeedSet {
  readonly assignments: readonly SeedAssignment[];
  /** The rest of the clause, from its first part that is not a literal assignment; absent when all was read. */
  readonly unread?: string;
}

/** `MERGE (c:City {id: 'city:x'}) SET …`: one node, merged on its id alone. */
export interface SeedNodeStatement extends SeedNode {
  readonly kind: 'node';
  /** Absent when the statement has no SET clause. */
  readonly set?: SeedSet;
}

/** `MATCH (a:A {id: …}), (b:B {id: …}) MERGE (a)-[r:TYPE]->(b) SET …`: one relationship between existing nodes. */
export interface SeedRelationshipStatement {
  readonly kind: 'relationship';
  /** The two nodes in the order the MATCH names them, which need not be the direction of the relationship. */
  readonly matched: readonly [SeedNode, SeedNode];
  readonly from: SeedNode;
  readonly to: SeedNode;
  readonly type: string;
  /** The relationship's variable, through which its SET clause assigns. */
  readonly variable: string;
  readonly set?: SeedSet;
}

/** Any statement in neither form, kept as given. */
export interface OtherStatement {
  readonly kind: 'other';
  readonly text: string;
}

export type SeedStatement = SeedNodeStatement | SeedRelationshipStatement | OtherStatement;

// The single spaces are part of the form, so that every statement reads like the documented template.
const NODE = String.raw`\((\w+):(\w+) \{id: '([^']+)'\}\)`;
const SET = String.raw`(?:\s+SET\s+([\s\S]+))?$`;
const NODE_STATEMENT = new RegExp(String.raw`^MERGE ${NODE}${SET}`);
const RELATIONSHIP_STATEMENT = new RegExp(
  String.raw`^MATCH ${NODE}, ${NODE} MERGE \((\w+)\)-\[(\w+):(\w+)\]->\((\w+)\)${SET}`,
);
const STRING = String.raw`'(?:[^'\\]|\\.)*'`;
const LITERAL = String.raw`${STRING}|\[(?:\s*${STRING}\s*,?)*\]|true|false|-?\d+(?:\.\d+)?`;
// Sticky, so that each assignment must start where the previous one ended.
const ASSIGNMENT = new RegExp(String.raw`\s*(\w+)\.(\w+) = (${LITERAL})\s*(?:,|$)`, 'y');

// Whole-line comments may sit between the lines of a statement; any other comment breaks the form.
const withoutCommentLines = (text: string): string =>
  text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();

function readSet(text: string | undefined): SeedSet | undefined {
  if (text === undefined) return undefined;
  const assignments: SeedAssignment[] = [];
  const assignment = new RegExp(ASSIGNMENT);
  let end = 0;
  for (let match = assignment.exec(text); match !== null; match = assignment.exec(text)) {
    const [, variable = '', property = '', raw = ''] = match;
    assignments.push({ variable, property, raw });
    end = assignment.lastIndex;
  }
  return { assignments, unread: end < text.length ? text.slice(end).trimStart() : undefined };
}

function relationship(parts: readonly (string | undefined)[]): SeedRelationshipStatement | undefined {
  const [v1 = '', l1 = '', id1 = '', v2 = '', l2 = '', id2 = '', fromVar, variable = '', type = '', toVar, setText] =
    parts;
  const first = { variable: v1, label: l1, id: id1 };
  const second = { variable: v2, label: l2, id: id2 };
  // Each end must be one of the matched nodes: MERGE would create a node for an unbound variable.
  const forward = fromVar === v1 && toVar === v2;
  const backward = fromVar === v2 && toVar === v1;
  if (v1 === v2 || !(forward || backward)) return undefined;
  const [from, to] = forward ? [first, second] : [second, first];
  return { kind: 'relationship', matched: [first, second], from, to, type, variable, set: readSet(setText) };
}

/**
 * Reads a statement (as `splitStatements` returns it) in the seed form:
 *
 * - a node is `MERGE (v:Label {id: '…'})`, merged on its id and nothing else;
 * - a relationship is `MATCH (a:A {id: '…'}), (b:B {id: '…'}) MERGE (a)-[r:TYPE]->(b)`, its two ends being
 *   the two matched nodes in either direction;
 * - either may end in `SET v.property = literal, …`, where a literal is a single-quoted string (with `\'`
 *   for a quote), a list of such strings, `true`, `false` or a number.
 *
 * The single spaces shown are required. Lines holding only a `//` comment are skipped. A SET clause is
 * read up to its first part that is not a literal assignment, and the rest is returned as `unread` for
 * the caller to report. Anything else is `other`.
 */
export function parseSeedStatement(text: string): SeedStatement {
  const code = withoutCommentLines(text);
  const node = NODE_STATEMENT.exec(code);
  if (node !== null) {
    const [, variable = '', label = '', id = '', setText] = node;
    return { kind: 'node', variable, label, id, set: readSet(setText) };
  }
  const parts = RELATIONSHIP_STATEMENT.exec(code);
  return (parts !== null ? relationship(parts.slice(1)) : undefined) ?? { kind: 'other', text };
}
