// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PUBLISHED_BY from a batch of Publication ids; the other end is a Organization.
UNWIND $ids AS id
MATCH (a:Publication {id: id})-[r:PUBLISHED_BY]->(b:Organization)
RETURN a.id AS key, b AS node, r AS rel
