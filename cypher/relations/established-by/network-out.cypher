// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ESTABLISHED_BY from a batch of Network ids; the other end is a Organization or Chairmanship.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:ESTABLISHED_BY]->(b)
RETURN a.id AS key, b AS node, r AS rel
