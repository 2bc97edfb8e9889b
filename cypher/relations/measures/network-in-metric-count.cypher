// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many MEASURES to a batch of Network ids, Metric at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:MEASURES]-(b:Metric)
RETURN a.id AS key, count(r) AS count
