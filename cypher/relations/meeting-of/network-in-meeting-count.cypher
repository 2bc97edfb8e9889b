// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many MEETING_OF to a batch of Network ids, Meeting at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})<-[r:MEETING_OF]-(b:Meeting)
RETURN a.id AS key, count(r) AS count
