// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// GUIDED_BY from a batch of Network ids; the other end is a Framework.
MATCH (a:Network)-[r:GUIDED_BY]->(b:Framework)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
