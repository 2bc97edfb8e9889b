// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ORGANIZED_BY from a batch of Meeting ids; the other end is a Organization or MemberState.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:ORGANIZED_BY]->(b)
RETURN a.id AS key, b AS node, r AS rel
