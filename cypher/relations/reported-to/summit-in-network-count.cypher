// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTED_TO to a batch of Summit ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:REPORTED_TO]-(b:Network)
RETURN a.id AS key, count(r) AS count
