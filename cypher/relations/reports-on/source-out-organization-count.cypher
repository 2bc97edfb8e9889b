// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTS_ON from a batch of Source ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:Source {id: id})-[r:REPORTS_ON]->(b:Organization)
RETURN a.id AS key, count(r) AS count
