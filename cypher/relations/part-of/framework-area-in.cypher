// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of FrameworkArea ids; the other end is a Framework.
UNWIND $ids AS id
MATCH (a:FrameworkArea {id: id})<-[r:PART_OF]-(b:Framework)
RETURN a.id AS key, b AS node, r AS rel
