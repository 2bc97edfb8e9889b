// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTED_IN to a batch of Framework ids; the other end is a Metric.
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:REPORTED_IN]-(b:Metric)
RETURN a.id AS key, b AS node, r AS rel
