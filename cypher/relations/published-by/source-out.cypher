// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PUBLISHED_BY from a batch of Source ids; the other end is a Organization or MemberState.
UNWIND $ids AS id
MATCH (a:Source {id: id})-[r:PUBLISHED_BY]->(b)
RETURN a.id AS key, b AS node, r AS rel
