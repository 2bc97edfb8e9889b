// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SUPPORTS from a batch of Agreement ids, City at the other end.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})-[r:SUPPORTS]->(b:City)
RETURN a.id AS key, count(r) AS count
