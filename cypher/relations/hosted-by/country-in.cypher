// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOSTED_BY to a batch of Country ids; the other end is a Summit.
UNWIND $ids AS id
MATCH (a:Country {id: id})<-[r:HOSTED_BY]-(b:Summit)
RETURN a.id AS key, b AS node, r AS rel
