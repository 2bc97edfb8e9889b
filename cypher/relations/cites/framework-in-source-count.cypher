// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many CITES to a batch of Framework ids, Source at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:CITES]-(b:Source)
RETURN a.id AS key, count(r) AS count
