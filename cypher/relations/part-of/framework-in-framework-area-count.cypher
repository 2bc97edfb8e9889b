// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many PART_OF to a batch of Framework ids, FrameworkArea at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})<-[r:PART_OF]-(b:FrameworkArea)
RETURN a.id AS key, count(r) AS count
