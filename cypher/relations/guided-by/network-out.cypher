// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// GUIDED_BY from a batch of Network ids; the other end is a Framework.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:GUIDED_BY]->(b:Framework)
RETURN a.id AS key, b AS node, r AS rel
