// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// Every CHAIR_OF from a batch of Chairmanship ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})-[r:CHAIR_OF]->(b:Network)
RETURN a.id AS key, b AS node, r AS rel
