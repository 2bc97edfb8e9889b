// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTS_ON to a batch of Summit ids, Publication at the other end.
UNWIND $ids AS id
MATCH (a:Summit {id: id})<-[r:REPORTS_ON]-(b:Publication)
RETURN a.id AS key, count(r) AS count
