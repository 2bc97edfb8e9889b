// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every HELD_BY from a batch of Chairmanship ids, MemberState at the other end.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})-[r:HELD_BY]->(b:MemberState)
RETURN a.id AS key, b AS node, r AS rel
