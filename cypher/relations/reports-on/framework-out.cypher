// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTS_ON from a batch of Framework ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:REPORTS_ON]->(b:Network)
RETURN a.id AS key, b AS node, r AS rel
