// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF from a batch of FrameworkArea ids; the other end is a Framework or Chairmanship.
UNWIND $ids AS id
MATCH (a:FrameworkArea {id: id})-[r:PART_OF]->(b)
RETURN a.id AS key, b AS node, r AS rel
