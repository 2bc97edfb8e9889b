// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PARTICIPATED_IN to a batch of Meeting ids, MemberState at the other end.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})<-[r:PARTICIPATED_IN]-(b:MemberState)
RETURN a.id AS key, count(r) AS count
