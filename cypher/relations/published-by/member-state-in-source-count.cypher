// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PUBLISHED_BY to a batch of MemberState ids, Source at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:PUBLISHED_BY]-(b:Source)
RETURN a.id AS key, count(r) AS count
