// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEASURES to a batch of Meeting ids; the other end is a Metric.
UNWIND $ids AS id
MATCH (a:Meeting {id: id})<-[r:MEASURES]-(b:Metric)
RETURN a.id AS key, b AS node, r AS rel
