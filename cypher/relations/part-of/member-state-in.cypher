// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of MemberState ids; the other end is a Organization.
MATCH (a:MemberState)<-[r:PART_OF]-(b:Organization)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
