// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUPPORTS from a batch of Agreement ids; the other end is a Network or City.
MATCH (a:Agreement)-[r:SUPPORTS]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
