// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HELD_IN to a batch of City ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:City {id: id})<-[r:HELD_IN]-(b:Meeting)
RETURN a.id AS key, count(r) AS count
