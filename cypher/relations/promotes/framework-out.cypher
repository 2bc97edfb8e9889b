// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PROMOTES from a batch of Framework ids; the other end is a FrameworkArea.
MATCH (a:Framework)-[r:PROMOTES]->(b:FrameworkArea)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
