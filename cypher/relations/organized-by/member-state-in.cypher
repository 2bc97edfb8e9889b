// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// ORGANIZED_BY to a batch of MemberState ids; the other end is a Meeting.
MATCH (a:MemberState)<-[r:ORGANIZED_BY]-(b:Meeting)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
