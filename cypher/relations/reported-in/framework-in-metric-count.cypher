// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTED_IN to a batch of Framework ids, Metric at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:REPORTED_IN]-(b:Metric)
RETURN a.id AS key, count(r) AS count
