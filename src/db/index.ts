export * from './port';
export { openDatabase } from './open-database';
export type { OpenOptions } from './open-database';
export { loadQuery, listQueryNames, CYPHER_DIR } from './query-files';
export { countingDatabase, newQueryStats } from './query-stats';
export type { QueryStats } from './query-stats';
export { splitStatements, parameterNames, firstLine, maskLiterals } from './cypher-text';
export type { ScriptStatement } from './cypher-text';
export { removeDatabaseFiles } from './kuzu';
