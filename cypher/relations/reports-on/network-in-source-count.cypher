// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTS_ON to a batch of Network ids, Source at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:REPORTS_ON]-(b:Source)
RETURN a.id AS key, count(r) AS count
