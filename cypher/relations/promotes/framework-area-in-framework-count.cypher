// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PROMOTES to a batch of FrameworkArea ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:FrameworkArea {id: id})<-[r:PROMOTES]-(b:Framework)
RETURN a.id AS key, count(r) AS count
