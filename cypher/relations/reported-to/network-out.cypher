// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTED_TO from a batch of Network ids; the other end is a Summit.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:REPORTED_TO]->(b:Summit)
RETURN a.id AS key, b AS node, r AS rel
