// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PART_OF from a batch of FrameworkArea ids, Chairmanship at the other end.
UNWIND $ids AS id
MATCH (a:FrameworkArea {id: id})-[r:PART_OF]->(b:Chairmanship)
RETURN a.id AS key, count(r) AS count
