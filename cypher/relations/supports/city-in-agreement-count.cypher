// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SUPPORTS to a batch of City ids, Agreement at the other end.
UNWIND $ids AS id
MATCH (a:City {id: id})<-[r:SUPPORTS]-(b:Agreement)
RETURN a.id AS key, count(r) AS count
