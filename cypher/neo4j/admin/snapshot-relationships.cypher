// Every relationship with its type (in the returned value), its ends' ids and its properties: read before
// and after each batch of a script, inside its transaction (src/db/script-changes.ts). Neo4j only: in a
// transaction Kùzu is read one endpoint pair at a time (src/db/kuzu/kuzu-changes.ts).
MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN a.id AS source, b.id AS target, r AS rel
