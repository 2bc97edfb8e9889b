// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PROMOTES from a batch of Framework ids, FrameworkArea at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:PROMOTES]->(b:FrameworkArea)
RETURN a.id AS key, count(r) AS count
