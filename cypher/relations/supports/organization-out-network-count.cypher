// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many SUPPORTS from a batch of Organization ids, Network at the other end.
UNWIND $ids AS id
MATCH (a:Organization {id: id})-[r:SUPPORTS]->(b:Network)
RETURN a.id AS key, count(r) AS count
