// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ISSUED_BY to a batch of MemberState ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:ISSUED_BY]-(b:Framework)
RETURN a.id AS key, count(r) AS count
