// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CHAIR_OF from a batch of Chairmanship ids; the other end is a Organization or Network.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})-[r:CHAIR_OF]->(b)
RETURN a.id AS key, b AS node, r AS rel
