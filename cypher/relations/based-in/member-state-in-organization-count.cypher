// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many BASED_IN to a batch of MemberState ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})<-[r:BASED_IN]-(b:Organization)
RETURN a.id AS key, count(r) AS count
