/**
 * Query texts of the exploration queries. They do not depend on the model, but
 * live with the generated API queries under `cypher/graph/` (`npm run
 * generate` writes them, a check fails when they drift).
 */

/** Name of the query returning every relationship of a batch of nodes, both directions. */
export const EDGES_AROUND_QUERY = 'graph/edges-around';
/** Name of the query returning the relationships among a set of nodes. */
export const EDGES_AMONG_QUERY = 'graph/edges-among';
/** Name of the query counting every relationship of a batch of nodes. */
export const DEGREES_QUERY = 'graph/degrees';

/*
 * Nodes of any label are found by id one at a time (`UNWIND $ids AS id MATCH
 * (a {id: id})`), never filtered with `a.id IN $ids`: on a label-less node,
 * Kùzu 0.11.3 answers such a filter wrongly (docs/architecture.md, hazards).
 * Kùzu still plans the batch as a scan of every table, so its adapter runs small
 * batches in the one-id form, `{id: $id}` (src/db/kuzu/kuzu-each.ts).
 */

/**
 * Every relationship of a batch of nodes, both directions, with the node at
 * the other end (the relationship value carries its type, see the port).
 */
export const EDGES_AROUND_TEXT = [
  'UNWIND $ids AS id MATCH (a {id: id})-[r]->(b) RETURN a.id AS source, b.id AS target, r AS rel, b AS other',
  'UNION ALL',
  'UNWIND $ids AS id MATCH (a {id: id})<-[r]-(b) RETURN b.id AS source, a.id AS target, r AS rel, b AS other',
].join('\n');

/**
 * Every relationship from a node of `$ids` to a node of `$targets` (the same
 * set: a list parameter used twice in one query can crash Kùzu). The other
 * end is matched by a join on ids, not by `IN`.
 */
export const EDGES_AMONG_TEXT = [
  'UNWIND $ids AS id',
  'MATCH (a {id: id})-[r]->(b)',
  'WITH a, r, b',
  'UNWIND $targets AS wanted',
  'WITH a, r, b, wanted',
  'WHERE b.id = wanted',
  'RETURN a.id AS source, b.id AS target, r AS rel',
].join('\n');

/** How many relationships each node of `$ids` has, whatever their type and direction. */
export const DEGREES_TEXT = 'UNWIND $ids AS id MATCH (n {id: id})-[r]-() RETURN n.id AS id, count(r) AS degree';

/** Name of the query returning nodes of any label by id. */
export const NODES_BY_IDS_QUERY = 'graph/nodes-by-ids';

/** Nodes of any label for a batch of ids, in one round trip (the label-less form both engines accept). */
export const NODES_BY_IDS_TEXT = 'UNWIND $ids AS id MATCH (n {id: id}) RETURN n AS node';

/** Name of the query returning every node. */
export const ALL_NODES_QUERY = 'graph/all-nodes';
export const ALL_NODES_TEXT = 'MATCH (n) WHERE n.id IS NOT NULL RETURN n AS node';

/** Name of the query returning every relationship with its ends. */
export const ALL_EDGES_QUERY = 'graph/all-edges';
export const ALL_EDGES_TEXT = 'MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, r AS rel';

/*
 * A neighbourhood reads at most a few hundred relationships of each node, however many a hub has (the ASCN has
 * 13,000 members at bench scale 1000): for a node with more, the first `$limit` per direction by the other end's
 * id and the type, so that the cut is stable and the same on both engines. Kùzu has no subquery to cut per node,
 * so its file is written for one id (`$id`), which its adapter runs once per id of the batch
 * (src/db/kuzu/kuzu-each.ts); Neo4j cuts per node in a `CALL { … }` subquery.
 */

/** Name of the query returning the first `$limit` relationships of each node of a batch, per direction. */
export const EDGES_AROUND_FIRST_QUERY = 'graph/edges-around-first';
/** The same, of the relationship types `$types` only. */
export const EDGES_AROUND_FIRST_OF_TYPES_QUERY = 'graph/edges-around-first-of-types';

/**
 * The node a row was read around is its source going out and its target coming in: a column of its own
 * (`a.id AS around`) would repeat `a.id` in a branch, and Kùzu 0.11.3 then maps the second branch's columns by
 * the first branch's expressions (its `b.id AS source, a.id AS target` came back swapped).
 */
const AROUND_COLUMNS = {
  out: "'out' AS direction, a.id AS source, b.id AS target, r AS rel, b AS other",
  in: "'in' AS direction, b.id AS source, a.id AS target, r AS rel, b AS other",
} as const;

/** The Kùzu text for one node: each direction's first `$limit` relationships (of the types `$types`). */
export function kuzuEdgesAroundText(typed: boolean): string {
  const branch = (direction: 'out' | 'in', pattern: string): string[] => [
    `MATCH ${pattern}`,
    ...(typed ? ['WHERE label(r) IN $types'] : []),
    'WITH a, r, b ORDER BY b.id, label(r) LIMIT $limit',
    `RETURN ${AROUND_COLUMNS[direction]}`,
  ];
  return [...branch('out', '(a {id: $id})-[r]->(b)'), 'UNION ALL', ...branch('in', '(a {id: $id})<-[r]-(b)')].join(
    '\n',
  );
}

/** The Neo4j text for a batch: each node's first `$limit` relationships per direction (of `$types`), in a subquery. */
export function neo4jEdgesAroundText(typed: boolean): string {
  const branch = (direction: 'out' | 'in', pattern: string): string[] => [
    '  WITH a',
    `  MATCH ${pattern}`,
    ...(typed ? ['  WHERE type(r) IN $types'] : []),
    '  WITH a, r, b ORDER BY b.id, type(r) LIMIT $limit',
    `  RETURN ${AROUND_COLUMNS[direction]}`,
  ];
  return [
    'UNWIND $ids AS id',
    'MATCH (a {id: id})',
    'CALL {',
    ...branch('out', '(a)-[r]->(b)'),
    '  UNION ALL',
    ...branch('in', '(a)<-[r]-(b)'),
    '}',
    'RETURN direction, source, target, rel, other',
  ].join('\n');
}
