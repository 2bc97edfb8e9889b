// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many HOLDS_OFFICE_IN from a batch of Person ids, Country at the other end.
UNWIND $ids AS id
MATCH (a:Person {id: id})-[r:HOLDS_OFFICE_IN]->(b:Country)
RETURN a.id AS key, count(r) AS count
