// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTED_IN from a batch of Metric ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:Metric {id: id})-[r:REPORTED_IN]->(b:Framework)
RETURN a.id AS key, count(r) AS count
