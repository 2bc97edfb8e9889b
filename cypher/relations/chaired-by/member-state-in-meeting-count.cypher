// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many CHAIRED_BY to a batch of MemberState ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:CHAIRED_BY]-(b:Meeting)
RETURN a.id AS key, count(r) AS count
