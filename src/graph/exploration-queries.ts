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

/**
 * Every relationship of a batch of nodes, both directions, with the node at
 * the other end (the relationship value carries its type, see the port).
 */
export const EDGES_AROUND_TEXT = [
  'MATCH (a)-[r]->(b) WHERE a.id IN $ids RETURN a.id AS source, b.id AS target, r AS rel, b AS other',
  'UNION ALL',
  'MATCH (a)<-[r]-(b) WHERE a.id IN $ids RETURN b.id AS source, a.id AS target, r AS rel, b AS other',
].join('\n');

/** Every relationship whose two ends are both in `$ids`. */
export const EDGES_AMONG_TEXT =
  'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id AS source, b.id AS target, r AS rel';

/** How many relationships each node of `$ids` has, whatever their type and direction. */
export const DEGREES_TEXT = 'MATCH (n)-[r]-() WHERE n.id IN $ids RETURN n.id AS id, count(r) AS degree';

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
