// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SUBMITTED_TO to a batch of Summit ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:SUBMITTED_TO]-(b:Framework)
RETURN a.id AS key, count(r) AS count
