// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many LOCATED_IN to a batch of Country ids, City at the other end.
UNWIND $ids AS id
MATCH (a:Country {id: id})<-[r:LOCATED_IN]-(b:City)
RETURN a.id AS key, count(r) AS count
