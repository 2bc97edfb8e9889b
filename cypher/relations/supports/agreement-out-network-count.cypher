// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SUPPORTS from a batch of Agreement ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:Agreement {id: id})-[r:SUPPORTS]->(b:Network)
RETURN a.id AS key, count(r) AS count
