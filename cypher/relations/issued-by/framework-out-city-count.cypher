// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ISSUED_BY from a batch of Framework ids, City at the other end.
UNWIND $ids AS id
MATCH (a:Framework {id: id})-[r:ISSUED_BY]->(b:City)
RETURN a.id AS key, count(r) AS count
