// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CHAIR_OF from a batch of Chairmanship ids; the other end is a Organization or Network.
MATCH (a:Chairmanship)-[r:CHAIR_OF]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
