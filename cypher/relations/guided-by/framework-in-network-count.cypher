// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many GUIDED_BY to a batch of Framework ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:GUIDED_BY]-(b:Network)
RETURN a.id AS key, count(r) AS count
