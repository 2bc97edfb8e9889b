// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SERVES to a batch of MemberState ids, Officer at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:SERVES]-(b:Officer)
RETURN a.id AS key, count(r) AS count
