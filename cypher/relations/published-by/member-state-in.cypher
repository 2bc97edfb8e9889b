// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PUBLISHED_BY to a batch of MemberState ids; the other end is a Source.
MATCH (a:MemberState)<-[r:PUBLISHED_BY]-(b:Source)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
