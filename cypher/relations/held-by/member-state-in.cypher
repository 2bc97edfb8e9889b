// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_BY to a batch of MemberState ids; the other end is a Chairmanship.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:HELD_BY]-(b:Chairmanship)
RETURN a.id AS key, b AS node, r AS rel
