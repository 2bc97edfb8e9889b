// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_BY from a batch of Network ids; the other end is a Organization or Chairmanship.
MATCH (a:Network)-[r:ESTABLISHED_BY]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
