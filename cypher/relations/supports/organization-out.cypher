// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUPPORTS from a batch of Organization ids; the other end is a Network.
MATCH (a:Organization)-[r:SUPPORTS]->(b:Network)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
