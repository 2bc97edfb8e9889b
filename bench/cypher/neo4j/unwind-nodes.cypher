// Batched load of one label's synthetic nodes (bench/data/neo4j-bulk.ts); {{label}} comes from the graph model.
UNWIND $rows AS row
CREATE (n:{{label}})
SET n = row
