// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HELD_BY to a batch of MemberState ids; the other end is a Chairmanship.
MATCH (a:MemberState)<-[r:HELD_BY]-(b:Chairmanship)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
