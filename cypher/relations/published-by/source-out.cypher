// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PUBLISHED_BY from a batch of Source ids; the other end is a Organization or MemberState.
MATCH (a:Source)-[r:PUBLISHED_BY]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
