// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// REPORTED_IN from a batch of Metric ids; the other end is a Framework.
MATCH (a:Metric)-[r:REPORTED_IN]->(b:Framework)
WHERE a.id IN $ids
RETURN a.id AS key, b AS node, r AS rel
