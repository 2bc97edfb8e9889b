// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON from a batch of Source ids; the other end is a Meeting or Organization or Network.
UNWIND $ids AS id
MATCH (a:Source {id: id})-[r:REPORTS_ON]->(b)
RETURN a.id AS key, b AS node, r AS rel
