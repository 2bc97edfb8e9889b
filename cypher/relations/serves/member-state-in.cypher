// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// SERVES to a batch of MemberState ids; the other end is a Officer.
MATCH (a:MemberState)<-[r:SERVES]-(b:Officer)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
