// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many DISCUSSED_AT to a batch of Meeting ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})<-[r:DISCUSSED_AT]-(b:Framework)
RETURN a.id AS key, count(r) AS count
