// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF from a batch of Role ids; the other end is a Network.
MATCH (a:Role)-[r:PART_OF]->(b:Network)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
