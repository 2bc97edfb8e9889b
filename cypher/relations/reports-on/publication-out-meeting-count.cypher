// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTS_ON from a batch of Publication ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:Publication {id: id})-[r:REPORTS_ON]->(b:Meeting)
RETURN a.id AS key, count(r) AS count
