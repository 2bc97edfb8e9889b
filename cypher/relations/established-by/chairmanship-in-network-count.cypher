// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ESTABLISHED_BY to a batch of Chairmanship ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:Chairmanship {id: id})<-[r:ESTABLISHED_BY]-(b:Network)
RETURN a.id AS key, count(r) AS count
