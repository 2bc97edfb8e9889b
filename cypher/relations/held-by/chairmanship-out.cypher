// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_BY from a batch of Chairmanship ids; the other end is a MemberState.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})-[r:HELD_BY]->(b:MemberState)
RETURN a.id AS key, b AS node, r AS rel
