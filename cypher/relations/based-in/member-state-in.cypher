// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// BASED_IN to a batch of MemberState ids; the other end is a Organization.
MATCH (a:MemberState)<-[r:BASED_IN]-(b:Organization)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
