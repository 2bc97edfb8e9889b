// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every CHAIR_OF from a batch of Chairmanship ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})-[r:CHAIR_OF]->(b:Organization)
RETURN a.id AS key, b AS node, r AS rel
