// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HOSTED_BY from a batch of Meeting ids, MemberState at the other end.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})-[r:HOSTED_BY]->(b:MemberState)
RETURN a.id AS key, count(r) AS count
