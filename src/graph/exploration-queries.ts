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
export const ALL_NODES_TEXT = 'MATCH (n) RETURN n AS node';

/** Name of the query returning every relationship with its ends. */
export const ALL_EDGES_QUERY = 'graph/all-edges';
export const ALL_EDGES_TEXT = 'MATCH (a)-[r]->(b) RETURN a.id AS source, b.id AS target, r AS rel';
