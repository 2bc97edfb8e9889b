// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of Chairmanship ids; the other end is a FrameworkArea.
MATCH (a:Chairmanship)<-[r:PART_OF]-(b:FrameworkArea)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
