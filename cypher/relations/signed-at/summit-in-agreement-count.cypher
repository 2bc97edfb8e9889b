// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SIGNED_AT to a batch of Summit ids, Agreement at the other end.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:SIGNED_AT]-(b:Agreement)
RETURN a.id AS key, count(r) AS count
