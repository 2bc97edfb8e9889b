import { GRAPH_MODEL, nodeLabels } from '../model';
import type { GraphModel } from '../model';

/**
 * Full-text search differs by engine, so its query text is made here, below
 * the port, and written to `cypher/kuzu/graph/search.cypher` and
 * `cypher/neo4j/graph/search.cypher` by `npm run generate`. Both take the
 * plain words of a query in `$q` and return `id` and `score`; the indexes
 * they read are created by each engine's schema step over the `search`
 * property every node has.
 *
 * Neo4j indexes `search` of every label in one full-text index. Kùzu's FTS
 * index covers one table, and every index costs about 11 MiB of resident
 * memory whatever the data (its own hidden tables: docs/architecture.md,
 * hazards), so Kùzu keeps a copy of every node's search text in one table of
 * its own, `SearchText` (`key` the node's id, `text` its search text), with
 * one index over it. The copy is written with the nodes' `search` text (the
 * Kùzu files of `nodes/<label>/set-search`) and pruned after a refresh.
 */

/** The name callers use: the adapter picks its engine's file. */
export const SEARCH_QUERY_NAME = 'graph/search';
/** Hits the index returns at most (both engines: one index over every label). */
export const SEARCH_HITS = 200;
/** The Neo4j full-text index over `search` of every label. */
export const NEO4J_SEARCH_INDEX = 'entity_search';

/**
 * Kùzu's table of search texts. Its key is not called `id`, so that a
 * label-less `MATCH (n) WHERE n.id IS NOT NULL` (how every such query is
 * written) leaves its rows out.
 */
export const KUZU_SEARCH_TABLE = 'SearchText';
/** Kùzu's one FTS index, over `SearchText.text`. */
export const KUZU_SEARCH_INDEX = 'search_text';
/** Its DDL (run with the rest of the Kùzu schema). */
export const KUZU_SEARCH_TABLE_DDL = `CREATE NODE TABLE IF NOT EXISTS ${KUZU_SEARCH_TABLE}(key STRING PRIMARY KEY, text STRING)`;
/** The query removing search texts of nodes that are gone: `$ids` holds the id of every node. */
export const SEARCH_PRUNE_QUERY_NAME = 'graph/prune-search-text';

/** Kùzu's text of `nodes/<label>/set-search`: the node's `search` and its copy in `SearchText`. */
export const kuzuSetSearchText = (label: string): string =>
  `UNWIND $rows AS row MATCH (n:${label}) WHERE n.id = row.id SET n.search = row.text WITH row MERGE (s:${KUZU_SEARCH_TABLE} {key: row.id}) SET s.text = row.text`;

/** Kùzu's text of `graph/unsearchable`: nodes without search text, or whose copy is missing. */
export const KUZU_UNSEARCHABLE_TEXT = `MATCH (n) WHERE n.id IS NOT NULL OPTIONAL MATCH (s:${KUZU_SEARCH_TABLE} {key: n.id}) WITH n, s WHERE n.search IS NULL OR s IS NULL RETURN count(n) AS count`;

/** The engine-specific search files, by name under `cypher/`. */
export function searchQueryFiles(model: GraphModel = GRAPH_MODEL): Map<string, { comment: string; text: string }> {
  const labels = nodeLabels(model).join(', ');
  return new Map([
    [
      `kuzu/${SEARCH_QUERY_NAME}`,
      {
        comment: `Full-text search over every label (${labels}): Kùzu FTS over the copies in ${KUZU_SEARCH_TABLE}.`,
        text: `CALL QUERY_FTS_INDEX('${KUZU_SEARCH_TABLE}', '${KUZU_SEARCH_INDEX}', $q, top := ${SEARCH_HITS}) RETURN node.key AS id, score AS score`,
      },
    ],
    [
      `neo4j/${SEARCH_QUERY_NAME}`,
      {
        comment: 'Full-text search over every label (Neo4j full-text index).',
        text: `CALL db.index.fulltext.queryNodes('${NEO4J_SEARCH_INDEX}', $q, {limit: ${SEARCH_HITS}}) YIELD node, score RETURN node.id AS id, score AS score`,
      },
    ],
    [
      `kuzu/${SEARCH_PRUNE_QUERY_NAME}`,
      {
        comment: `Deletes the search texts in ${KUZU_SEARCH_TABLE} of nodes that are gone ($ids: every node's id).`,
        text: `MATCH (s:${KUZU_SEARCH_TABLE}) WHERE NOT s.key IN $ids DELETE s RETURN count(*) AS pruned`,
      },
    ],
    [
      `neo4j/${SEARCH_PRUNE_QUERY_NAME}`,
      {
        comment: 'Nothing to prune: Neo4j indexes the search text on the nodes themselves, which go with them.',
        text: 'RETURN 0 AS pruned',
      },
    ],
  ]);
}
