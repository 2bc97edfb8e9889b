// Batched load of one relationship type between one pair of labels (bench/data/neo4j-bulk.ts); the names come
// from the graph model. The ends exist: the seeds and the synthetic nodes are loaded first.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
CREATE (a)-[r:{{type}}]->(b)
SET r = row.properties
