// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEMBER_OF from a batch of MemberState ids; the other end is a Network or Organization.
UNWIND $ids AS id
MATCH (a:MemberState {id: id})-[r:MEMBER_OF]->(b)
RETURN a.id AS key, b AS node, r AS rel
