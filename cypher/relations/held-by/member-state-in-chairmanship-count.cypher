// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HELD_BY to a batch of MemberState ids, Chairmanship at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:HELD_BY]-(b:Chairmanship)
RETURN a.id AS key, count(r) AS count
