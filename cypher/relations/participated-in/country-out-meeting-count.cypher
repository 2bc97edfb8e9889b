// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PARTICIPATED_IN from a batch of Country ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:Country {id: id})-[r:PARTICIPATED_IN]->(b:Meeting)
RETURN a.id AS key, count(r) AS count
