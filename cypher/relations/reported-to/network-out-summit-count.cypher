// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many REPORTED_TO from a batch of Network ids, Summit at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:REPORTED_TO]->(b:Summit)
RETURN a.id AS key, count(r) AS count
