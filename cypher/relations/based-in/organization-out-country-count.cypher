// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many BASED_IN from a batch of Organization ids, Country at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:BASED_IN]->(b:Country)
RETURN a.id AS key, count(r) AS count
