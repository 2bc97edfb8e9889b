// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTS_ON to a batch of Network ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:REPORTS_ON]-(b:Framework)
RETURN a.id AS key, count(r) AS count
