// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many GUIDED_BY from a batch of Network ids, Framework at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:GUIDED_BY]->(b:Framework)
RETURN a.id AS key, count(r) AS count
