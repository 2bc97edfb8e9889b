// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of Chairmanship ids; the other end is a FrameworkArea.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})<-[r:PART_OF]-(b:FrameworkArea)
RETURN a.id AS key, b AS node, r AS rel
