// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// CHAIRED_BY from a batch of Meeting ids; the other end is a Person or MemberState.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:CHAIRED_BY]->(b)
RETURN a.id AS key, b AS node, r AS rel
