// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HOSTED_BY to a batch of MemberState ids, Summit at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:HOSTED_BY]-(b:Summit)
RETURN a.id AS key, count(r) AS count
