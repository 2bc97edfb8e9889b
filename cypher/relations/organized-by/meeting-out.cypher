// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ORGANIZED_BY from a batch of Meeting ids; the other end is a Organization or MemberState.
MATCH (a:Meeting)-[r:ORGANIZED_BY]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
