// Generated from the graph model and the entity specs by `npm run generate`: do not edit.
// How many ESTABLISHED_BY from a batch of Network ids, Organization at the other end.
UNWIND $ids AS id
MATCH (a:Network {id: id})-[r:ESTABLISHED_BY]->(b:Organization)
RETURN a.id AS key, count(r) AS count
