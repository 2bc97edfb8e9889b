// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON from a batch of Source ids; the other end is a Meeting or Organization or Network.
MATCH (a:Source)-[r:REPORTS_ON]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
