// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF to a batch of Framework ids; the other end is a FrameworkArea or Framework.
MATCH (a:Framework)<-[r:PART_OF]-(b)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
