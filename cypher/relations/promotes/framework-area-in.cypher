// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PROMOTES to a batch of FrameworkArea ids; the other end is a Network or Framework.
UNWIND $ids AS id
MATCH (a:FrameworkArea {id: id})<-[r:PROMOTES]-(b)
RETURN a.id AS key, b AS node, r AS rel
