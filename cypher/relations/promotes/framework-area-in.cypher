// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PROMOTES to a batch of FrameworkArea ids; the other end is a Network or Framework.
MATCH (a:FrameworkArea)<-[r:PROMOTES]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
