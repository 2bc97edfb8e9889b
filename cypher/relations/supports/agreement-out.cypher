// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUPPORTS from a batch of Agreement ids; the other end is a Network or City.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})-[r:SUPPORTS]->(b)
RETURN a.id AS key, b AS node, r AS rel
