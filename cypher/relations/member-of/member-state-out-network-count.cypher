// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many MEMBER_OF from a batch of MemberState ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})-[r:MEMBER_OF]->(b:Network)
RETURN a.id AS key, count(r) AS count
