export * from './port';
export { openDatabase, removeDatabase } from './open-database';
export type { OpenOptions } from './open-database';
export { listQueryNames, CYPHER_DIR } from './query-files';
export {
  BUDGET_MESSAGE,
  countingDatabase,
  forwardingDatabase,
  newQueryStats,
  observedDatabase,
  unscoped,
  wrapWithScopes,
} from './query-stats';
export type { QueryObserver, QueryStats } from './query-stats';
export { splitStatements, parameterNames, firstLine, maskLiterals } from './cypher-text';
export type { ScriptStatement } from './cypher-text';
export { NEO4J_SCHEMA_FILE, neo4jSchemaScript } from './neo4j/neo4j-schema';
export {
  KUZU_SEARCH_TABLE,
  KUZU_UNSEARCHABLE_TEXT,
  SEARCH_PRUNE_QUERY_NAME,
  SEARCH_QUERY_NAME,
  kuzuSetSearchText,
  searchQueryFiles,
} from './search-queries';
