// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEMBER_OF from a batch of City ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:City {id: id})-[r:MEMBER_OF]->(b:Network)
RETURN a.id AS key, b AS node, r AS rel
