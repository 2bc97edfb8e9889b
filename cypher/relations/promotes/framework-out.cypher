// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PROMOTES from a batch of Framework ids; the other end is a FrameworkArea.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:PROMOTES]->(b:FrameworkArea)
RETURN a.id AS key, b AS node, r AS rel
