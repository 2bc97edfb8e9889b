// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many CITES to a batch of Publication ids, Source at the other end.
UNWIND $ids AS id
MATCH (a:Publication {id: id})<-[r:CITES]-(b:Source)
RETURN a.id AS key, count(r) AS count
