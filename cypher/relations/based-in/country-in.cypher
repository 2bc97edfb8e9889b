// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// BASED_IN to a batch of Country ids; the other end is a Organization.
UNWIND $ids AS id
MATCH (a:Country {id: id})<-[r:BASED_IN]-(b:Organization)
RETURN a.id AS key, b AS node, r AS rel
