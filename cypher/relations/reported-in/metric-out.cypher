// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTED_IN from a batch of Metric ids; the other end is a Framework.
UNWIND $ids AS id
MATCH (a:Metric {id: id})-[r:REPORTED_IN]->(b:Framework)
RETURN a.id AS key, b AS node, r AS rel
