// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ORGANIZED_BY from a batch of Organization ids; the other end is a Organization.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:ORGANIZED_BY]->(b:Organization)
RETURN a.id AS key, b AS node, r AS rel
