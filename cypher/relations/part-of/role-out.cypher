// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// PART_OF from a batch of Role ids; the other end is a Network.
UNWIND $ids AS id
MATCH (a:Role {id: id})-[r:PART_OF]->(b:Network)
RETURN a.id AS key, b AS node, r AS rel
