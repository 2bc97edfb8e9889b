// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEMBER_OF from a batch of MemberState ids; the other end is a Network or Organization.
MATCH (a:MemberState)-[r:MEMBER_OF]->(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
