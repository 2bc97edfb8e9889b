import { GRAPH_MODEL, nodeLabels } from '../../model';
import type { GraphModel } from '../../model';
import { projectPath } from '../../paths';
import { snakeCase } from '../names';
import { NEO4J_SEARCH_INDEX } from '../search-queries';

/** Where the generated script is committed. */
export const NEO4J_SCHEMA_FILE = projectPath('cypher', 'neo4j', 'schema.cypher');

/** Name of the full-text index over names and aliases (for Neo4j users and a future search query; the API does not use it yet). */

const HEADER = `// GENERATED from the graph model (src/model/graph-model.ts) by src/db/neo4j/neo4j-schema.ts.
// Do not edit by hand: change the model, then run \`npm run generate\`.
// A unit test fails when this file and the model disagree.
//
// Apply it to Neo4j 5 once, before loading the seeds, for example:
//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -d <database> -f cypher/neo4j/schema.cypher
// Every statement says IF NOT EXISTS, so applying it again changes nothing.
//
// - One uniqueness constraint on id per label (it also indexes id for lookups).
//   Ids are unique across labels by convention (the type prefix), which Neo4j cannot enforce.
// - ${NEO4J_SEARCH_INDEX}: a full-text index over the search text of every label (its name, aliases
//   and text properties, folded, with word beginnings; written by the seed loader).
// - One range index on name per label, for exact and prefix matches and ordering by name.
`;

/**
 * The Neo4j 5 schema script derived from the graph model: constraints and
 * indexes, one statement per line, in a stable order (labels sorted) so the
 * committed file changes only when the model does.
 */
export function neo4jSchemaScript(model: GraphModel = GRAPH_MODEL): string {
  const labels = [...nodeLabels(model)].sort();
  const constraints = labels.map(
    (label) => `CREATE CONSTRAINT ${snakeCase(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`,
  );
  const fullText = `CREATE FULLTEXT INDEX ${NEO4J_SEARCH_INDEX} IF NOT EXISTS FOR (n:${labels.join('|')}) ON EACH [n.search];`;
  const nameIndexes = labels.map(
    (label) => `CREATE INDEX ${snakeCase(label)}_name IF NOT EXISTS FOR (n:${label}) ON (n.name);`,
  );
  return [
    HEADER,
    '// Unique ids',
    ...constraints,
    '',
    '// Full-text search',
    fullText,
    '',
    '// Names',
    ...nameIndexes,
    '',
  ].join('\n');
}
