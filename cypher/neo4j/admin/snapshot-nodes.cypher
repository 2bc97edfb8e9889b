// Every node with its properties: read before and after each batch of a script, inside its transaction,
// to report what the batch changed (src/db/script-changes.ts). Neo4j only: in a transaction Kùzu is read
// one table at a time (src/db/kuzu/kuzu-changes.ts).
MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, n AS node
