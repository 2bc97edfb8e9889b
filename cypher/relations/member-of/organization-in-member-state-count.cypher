// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many MEMBER_OF to a batch of Organization ids, MemberState at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:MEMBER_OF]-(b:MemberState)
RETURN a.id AS key, count(r) AS count
