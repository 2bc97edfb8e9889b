// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SUBMITTED_TO from a batch of Framework ids, Summit at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:SUBMITTED_TO]->(b:Summit)
RETURN a.id AS key, count(r) AS count
