// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SUBMITTED_TO from a batch of Framework ids; the other end is a Summit.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:SUBMITTED_TO]->(b:Summit)
RETURN a.id AS key, b AS node, r AS rel
