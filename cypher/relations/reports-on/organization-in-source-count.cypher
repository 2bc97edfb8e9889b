// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTS_ON to a batch of Organization ids, Source at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})<-[r:REPORTS_ON]-(b:Source)
RETURN a.id AS key, count(r) AS count
