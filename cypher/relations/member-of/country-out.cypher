// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEMBER_OF from a batch of Country ids; the other end is a Organization.
MATCH (a:Country)-[r:MEMBER_OF]->(b:Organization)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
