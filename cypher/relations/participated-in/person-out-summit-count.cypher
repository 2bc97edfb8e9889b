// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PARTICIPATED_IN from a batch of Person ids, Summit at the other end.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:PARTICIPATED_IN]->(b:Summit)
RETURN a.id AS key, count(r) AS count
