import { GRAPH_MODEL, nodeLabels } from '../model';
import type { GraphModel } from '../model';
import { snakeCase } from './names';

/**
 * Full-text search differs by engine, so its query text is made here, below
 * the port, and written to `cypher/kuzu/graph/search.cypher` and
 * `cypher/neo4j/graph/search.cypher` by `npm run generate`. Both take the
 * plain words of a query in `$q` and return `id` and `score`; the indexes
 * they read are created by each engine's schema step over the `search`
 * property every node has.
 */

/** The name callers use: the adapter picks its engine's file. */
export const SEARCH_QUERY_NAME = 'graph/search';
/** Hits each index returns at most (per label on Kùzu). */
export const SEARCH_HITS = 200;
/** The Neo4j full-text index over `search` of every label. */
export const NEO4J_SEARCH_INDEX = 'entity_search';

/** Kùzu's FTS index of one label: `City` → `city_search`. */
export const kuzuSearchIndex = (label: string): string => `${snakeCase(label)}_search`;

/** The engine-specific search files, by name under `cypher/`. */
export function searchQueryFiles(model: GraphModel = GRAPH_MODEL): Map<string, { comment: string; text: string }> {
  const kuzu = nodeLabels(model)
    .map(
      (label) =>
        `CALL QUERY_FTS_INDEX('${label}', '${kuzuSearchIndex(label)}', $q, top := ${SEARCH_HITS}) RETURN node.id AS id, score AS score`,
    )
    .join('\nUNION ALL\n');
  const neo4j = `CALL db.index.fulltext.queryNodes('${NEO4J_SEARCH_INDEX}', $q, {limit: ${SEARCH_HITS}}) YIELD node, score RETURN node.id AS id, score AS score`;
  return new Map([
    [
      `kuzu/${SEARCH_QUERY_NAME}`,
      { comment: 'Full-text search over every label (Kùzu FTS, one index per label).', text: kuzu },
    ],
    [
      `neo4j/${SEARCH_QUERY_NAME}`,
      { comment: 'Full-text search over every label (Neo4j full-text index).', text: neo4j },
    ],
  ]);
}
