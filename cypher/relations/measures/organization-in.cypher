// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// MEASURES to a batch of Organization ids; the other end is a Metric.
MATCH (a:Organization)<-[r:MEASURES]-(b:Metric)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
