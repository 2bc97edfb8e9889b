// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ADOPTED_AT to a batch of Summit ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:ADOPTED_AT]-(b:Framework)
RETURN a.id AS key, count(r) AS count
