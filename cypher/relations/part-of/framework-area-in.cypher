// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of FrameworkArea ids; the other end is a Framework.
MATCH (a:FrameworkArea)<-[r:PART_OF]-(b:Framework)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
