// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON from a batch of Framework ids; the other end is a Network.
MATCH (a:Framework)-[r:REPORTS_ON]->(b:Network)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
