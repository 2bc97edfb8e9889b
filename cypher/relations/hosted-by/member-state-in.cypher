// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// HOSTED_BY to a batch of MemberState ids; the other end is a Summit or Meeting.
MATCH (a:MemberState)<-[r:HOSTED_BY]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
