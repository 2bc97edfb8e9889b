// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ADOPTED_AT from a batch of Network ids, Summit at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:ADOPTED_AT]->(b:Summit)
RETURN a.id AS key, count(r) AS count
